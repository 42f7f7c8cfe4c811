#pragma once
// The words lesson files use for actions and duplicate-SYN replies, shared by the
// reader and the writer so that both agree (flags: kFlagTable, core/segment.h).
#include "core/host_options.h"
#include "core/scenario.h"
#include "core/segment.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace hl {

inline constexpr std::array<std::pair<ActionKind, std::string_view>, 8> kLessonActionNames = {{
    {ActionKind::Listen, "listen"},
    {ActionKind::Connect, "connect"},
    {ActionKind::Send, "send"},
    {ActionKind::Shutdown, "shutdown"},
    {ActionKind::Close, "close"},
    {ActionKind::Abort, "abort"},
    {ActionKind::Reboot, "reboot"},
    {ActionKind::Inject, "inject"},
}};

inline constexpr std::array<std::pair<DupSynReply, std::string_view>, 2> kLessonDupSynReplyNames = {{
    {DupSynReply::Ack, "ack"},
    {DupSynReply::SynAck, "synack"},
}};

template <typename E, size_t N>
std::optional<E> lessonNameToEnum(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) {
    for (const auto& [e, name] : table)
        if (name == s) return e;
    return std::nullopt;
}

template <typename E, size_t N>
std::string_view lessonEnumToName(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
    for (const auto& [value, name] : table)
        if (value == e) return name;
    return table[0].second;
}

} // namespace hl
