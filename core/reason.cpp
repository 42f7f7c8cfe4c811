#include "core/reason.h"

#include <array>

namespace hl {
namespace {

struct ReasonInfo {
    Reason reason;
    std::string_view id;
    std::string_view rule;
    ReasonCategory category;
};

constexpr std::array kReasonTable = {
#define HL_REASON_ROW(name, id, rule, category) ReasonInfo{Reason::name, id, rule, ReasonCategory::category},
    HL_REASONS(HL_REASON_ROW)
#undef HL_REASON_ROW
};

constexpr std::array<Reason, kReasonTable.size()> makeAll() {
    std::array<Reason, kReasonTable.size()> out{};
    for (size_t i = 0; i < kReasonTable.size(); ++i) out[i] = kReasonTable[i].reason;
    return out;
}
constexpr auto kAll = makeAll();

const ReasonInfo& info(Reason r) { return kReasonTable[static_cast<size_t>(r)]; }

} // namespace

std::string_view reasonId(Reason r) { return info(r).id; }
std::string_view reasonRule(Reason r) { return info(r).rule; }
ReasonCategory reasonCategory(Reason r) { return info(r).category; }

std::optional<Reason> reasonFromId(std::string_view id) {
    for (const auto& row : kReasonTable)
        if (row.id == id) return row.reason;
    return std::nullopt;
}

std::span<const Reason> allReasons() { return kAll; }

} // namespace hl
