#pragma once
// What went wrong in a lesson file, as a code plus arguments: core names the problem, the UI and
// the CLI word it (ui/texts/texts_errors.cpp, in English and Korean). Arguments are data from the
// file or the system (numbers, names, a JSON kind token such as "string"), never words.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace hl {

// X(id, number of arguments). JSON kinds in arguments are the tokens of jsonKindToken()
// (core/json_reader.h): "null", "boolean", "number", "integer", "string", "array", "object".
#define HL_LESSON_ERRORS(X)                                                                                            \
    /* JSON syntax (core/json_reader.cpp): %1 is the JSON library's own description */                                 \
    X(JsonSyntax, 1)                                                                                                   \
    X(JsonNulByte, 0)                                                                                                  \
    X(JsonEnd, 0)                                                                                                      \
    X(DuplicateKey, 1) /* key */                                                                                       \
    X(TooDeep, 1)      /* levels */                                                                                    \
    /* Field checks (core/json_fields.cpp) */                                                                          \
    X(WrongType, 2)    /* expected kind, found kind */                                                                 \
    X(OutOfRange, 3)   /* value, min, max */                                                                           \
    X(NotInteger, 1)   /* value as written */                                                                          \
    X(UnknownField, 1) /* key */                                                                                       \
    X(MissingField, 0)                                                                                                 \
    /* Lesson rules (core/lesson_parser.cpp) */                                                                        \
    X(WrongFormat, 2)        /* expected format, found */                                                              \
    X(UnsupportedVersion, 2) /* found, supported */                                                                    \
    X(BadId, 1)              /* id */                                                                                  \
    X(TextNeeded, 0)                                                                                                   \
    X(LatencyType, 1) /* found kind */                                                                                 \
    X(UnknownHost, 1)                                                                                                  \
    X(UnknownFlag, 1)                                                                                                  \
    X(UnknownAction, 1)                                                                                                \
    X(UnknownGroup, 1)                                                                                                 \
    X(UnknownProfile, 1)                                                                                               \
    X(UnknownDupSynReply, 1)                                                                                           \
    X(DuplicateFlag, 1) /* flag */                                                                                     \
    X(AckWithoutFlag, 0)                                                                                               \
    X(InjectUsesTo, 0)                                                                                                 \
    X(OnlySendBytes, 0)                                                                                                \
    X(OnlyInjectTo, 0)                                                                                                 \
    X(OnlyInjectSegment, 0)                                                                                            \
    X(BetweenShape, 0)                                                                                                 \
    X(BetweenOrder, 2) /* start, end */                                                                                \
    X(FaultNoEffect, 0)                                                                                                \
    X(DropCombined, 0)                                                                                                 \
    X(PortRangeShape, 0)                                                                                               \
    X(PortRangeOrder, 2) /* first, last */                                                                             \
    X(RateNotPositive, 0)                                                                                              \
    X(TooManyConnections, 2) /* connections, limit */                                                                  \
    X(LoadWithActions, 0)                                                                                              \
    /* Reading the file (core/lesson_file.cpp): %1 of CannotOpen/CannotRead is the system's text */                    \
    X(TooLarge, 2) /* bytes, limit */                                                                                  \
    X(CannotOpen, 1)                                                                                                   \
    X(CannotRead, 1)                                                                                                   \
    X(IsDirectory, 0)                                                                                                  \
    X(NotRegularFile, 0)

enum class LessonErrorCode : uint8_t {
#define HL_LESSON_ERROR_ENUM(id, n) id,
    HL_LESSON_ERRORS(HL_LESSON_ERROR_ENUM)
#undef HL_LESSON_ERROR_ENUM
};

struct LessonErrorInfo {
    LessonErrorCode code;
    std::string_view name; // "UnknownField", for logs and test output
    size_t argCount;
};

inline constexpr std::array kLessonErrorCodes = {
#define HL_LESSON_ERROR_INFO(id, n) LessonErrorInfo{LessonErrorCode::id, #id, n},
    HL_LESSON_ERRORS(HL_LESSON_ERROR_INFO)
#undef HL_LESSON_ERROR_INFO
};

constexpr const LessonErrorInfo& lessonErrorInfo(LessonErrorCode code) {
    return kLessonErrorCodes[static_cast<size_t>(code)];
}

} // namespace hl
