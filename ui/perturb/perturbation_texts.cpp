#include "ui/perturb/perturbation_texts.h"

#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"

#include <cmath>

namespace hl::ui {

QString PerturbationTexts::ordinal(uint32_t n) {
    // Korean ordinals are words (첫 번째, 두 번째), which a translated pattern cannot produce.
    if (Texts::currentLanguageIsKorean()) return KoreanGrammar::ordinal(n);
    // English picks the suffix.
    const uint32_t lastTwo = n % 100, last = n % 10;
    if (lastTwo < 11 || lastTwo > 13) {
        //: Ordinal number ending in 1 (1st, 21st). Korean uses KoreanGrammar::ordinal instead.
        if (last == 1) return tr("%1st").arg(n);
        //: Ordinal number ending in 2 (2nd, 22nd). Korean uses KoreanGrammar::ordinal instead.
        if (last == 2) return tr("%1nd").arg(n);
        //: Ordinal number ending in 3 (3rd, 23rd). Korean uses KoreanGrammar::ordinal instead.
        if (last == 3) return tr("%1rd").arg(n);
    }
    //: Other ordinal numbers (4th, 11th, 12th). Korean uses KoreanGrammar::ordinal instead.
    return tr("%1th").arg(n);
}

QString PerturbationTexts::target(const FaultMatch& m) {
    const QString flags = m.flags ? Texts::flagsLabel(*m.flags) : tr("segment");
    if (m.nth && m.from) {
        if (*m.from == HostId::Client)
            //: A segment by its position: %1 ordinal ("2nd"), %2 flags ("FIN").
            return tr("the %1 %2 from the client").arg(ordinal(*m.nth), flags);
        //: A segment by its position: %1 ordinal ("2nd"), %2 flags ("FIN").
        return tr("the %1 %2 from the server").arg(ordinal(*m.nth), flags);
    }
    if (m.segmentId) return tr("segment #%1").arg(*m.segmentId);
    if (m.nth) return tr("the %1 %2").arg(ordinal(*m.nth), flags);
    if (m.from) {
        if (*m.from == HostId::Client)
            //: %1: flags ("FIN").
            return tr("every %1 from the client").arg(flags);
        //: %1: flags ("FIN").
        return tr("every %1 from the server").arg(flags);
    }
    return tr("every %1").arg(flags);
}

QString PerturbationTexts::duration(SimDuration d) {
    if (d.us() % 1000000 == 0 && d.us() != 0)
        //: A duration in whole seconds.
        return tr("%1 s").arg(d.us() / 1000000);
    if (d.us() % 1000 == 0)
        //: A duration in milliseconds.
        return tr("%1 ms").arg(d.us() / 1000);
    return tr("%1 ms").arg(QString::number(static_cast<double>(d.us()) / 1000.0, 'f', 3));
}

QString PerturbationTexts::fault(const Fault& f) {
    const QString who = target(f.match);
    QStringList parts;
    //: A perturbation: %1 is a segment ("the 2nd FIN from the client").
    if (f.drop) parts << tr("Drop %1").arg(who);
    //: A perturbation: %1 is a segment, %2 a duration ("500 ms").
    if (f.delay) parts << tr("Delay %1 by %2").arg(who, duration(*f.delay));
    //: A perturbation: %1 is a segment, %2 a duration: the copy arrives that much later.
    if (f.duplicateAfter) parts << tr("Duplicate %1 (copy %2 later)").arg(who, duration(*f.duplicateAfter));
    //: A fault that changes nothing (as a lesson file may hold).
    if (parts.isEmpty()) return tr("Watch %1").arg(who);
    return KoreanGrammar::resolveParticles(parts.join(QStringLiteral("; ")));
}

QString PerturbationTexts::injection(const Action& a) {
    Segment seg;
    seg.flags = a.segment.flags;
    seg.seq = SeqNum(a.segment.seq);
    seg.ack = SeqNum(a.segment.ack);
    seg.len = a.segment.len;
    if (a.host == HostId::Client)
        //: %1: the crafted segment ("RST seq=101"), %2: a time ("1.200 s").
        return tr("Inject %1 to the client at %2").arg(Texts::segmentLabel(seg), Texts::timeLabel(a.at));
    //: %1: the crafted segment ("RST seq=101"), %2: a time ("1.200 s").
    return tr("Inject %1 to the server at %2").arg(Texts::segmentLabel(seg), Texts::timeLabel(a.at));
}

QString PerturbationTexts::profileName(Profile p) {
    switch (p) {
    //: Behaviour profile: simplified values for the classroom.
    case Profile::Teach: return tr("Teaching");
    case Profile::Rfc9293: return QStringLiteral("RFC 9293");
    case Profile::Linux: return QStringLiteral("Linux");
    case Profile::Bsd: return QStringLiteral("BSD");
    case Profile::Windows: return QStringLiteral("Windows");
    }
    return {};
}

QString PerturbationTexts::lossAndSeed(double loss, uint64_t seed) {
    const int percent = static_cast<int>(std::lround(loss * 100.0));
    //: %1: percentage of segments lost at random, %2: the random seed.
    return tr("Random loss %1 %, seed %2").arg(percent).arg(seed);
}

QString PerturbationTexts::item(const Scenario& lesson, const Perturbations& p, const PerturbationItem& item) {
    using K = PerturbationItem::Kind;
    const LessonSettings s = p.settings.value_or(LessonSettings::of(lesson));
    switch (item.kind) {
    case K::Fault: return item.index < p.faults.size() ? fault(p.faults[item.index]) : QString();
    case K::Injection: return item.index < p.injections.size() ? injection(p.injections[item.index]) : QString();
    case K::Loss: return lossAndSeed(s.loss, s.seed);
    //: One-way latency of the client-to-server direction.
    case K::LatencyC2S: return tr("Latency client → server %1").arg(duration(s.latency.c2s));
    //: One-way latency of the server-to-client direction.
    case K::LatencyS2C: return tr("Latency server → client %1").arg(duration(s.latency.s2c));
    //: %1: profile name ("Linux").
    case K::Profile: return tr("Behaviour profile: %1").arg(profileName(s.profile));
    case K::LessonFaultOff:
        //: One of the lesson's own faults that the user switched off; %1 the fault in words.
        return item.index < lesson.faults.size()
                   ? tr("Switched off from the lesson: %1").arg(fault(lesson.faults[item.index]))
                   : QString();
    }
    return {};
}

QString PerturbationTexts::lessonFault(const Fault& f) {
    //: A fault the lesson file itself makes (not the user); %1 the fault ("Drop the 1st ACK from the client").
    return tr("From the lesson: %1").arg(fault(f));
}

} // namespace hl::ui
