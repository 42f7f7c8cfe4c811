#pragma once
// The user's perturbations in words, for the Perturbations list and the undo steps:
// "Drop the 2nd FIN from the client", "Delay … by 500 ms", "Random loss 10 %, seed 7".
#include "core/perturbations.h"
#include "core/scenario.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace hl::ui {

class PerturbationTexts {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PerturbationTexts)
public:
    static QString ordinal(uint32_t n);         // "2nd" / "2번째"
    static QString target(const FaultMatch& m); // "the 2nd FIN from the client"
    static QString fault(const Fault& f);       // "Drop the 2nd FIN from the client"
    static QString injection(const Action& a);  // "Inject RST seq=… to the server at 1.200 s"
    static QString duration(SimDuration d);     // "500 ms" / "1 s"
    static QString profileName(Profile p);      // "Teaching", "RFC 9293", "Linux" …
    // Every profile, in the order the choices list them (Lesson settings, Simulator profile).
    static constexpr std::array kProfiles = {Profile::Teach, Profile::Rfc9293, Profile::Linux, Profile::Bsd,
                                             Profile::Windows};
    static QString lossAndSeed(double loss, uint64_t seed); // "Random loss 10 %, seed 7"
    static QString item(const Scenario& lesson, const Perturbations& p, const PerturbationItem& item);
    // A line of the lesson's own faults in the list: "From the lesson: Drop the 1st ACK …".
    static QString lessonFault(const Fault& f);
};

} // namespace hl::ui
