#pragma once
// A JSON tree that remembers where each value and key starts in the text, so that lesson-file
// errors can name a line and column. The grammar is nlohmann/json's; this only adds positions.
#include "core/lesson_error_code.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hl {

struct JsonMember;

struct JsonValue {
    enum class Kind : uint8_t { Null, Bool, Int, Uint, Float, String, Array, Object };
    Kind kind = Kind::Null;
    size_t offset = 0; // byte offset of the value's first character
    bool boolean = false;
    int64_t integer = 0;             // Int: a negative integer
    uint64_t unsignedInt = 0;        // Uint: a non-negative integer
    double number = 0.0;             // Float
    std::string text;                // String: the decoded string; Float: the number as written
    std::vector<JsonValue> items;    // Array
    std::vector<JsonMember> members; // Object, in file order (keys are unique)

    const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
    std::string key;
    size_t keyOffset = 0; // byte offset of the key's opening quote
    JsonValue value;
};

// The first problem found while reading the text as JSON. `path` names the field when known
// (duplicate keys, nesting too deep); syntax errors have an empty path.
struct JsonReadError {
    size_t offset = 0;
    std::string path;
    LessonErrorCode code = LessonErrorCode::JsonSyntax;
    std::vector<std::string> args;
};

inline constexpr size_t kMaxJsonDepth = 32;

std::variant<JsonValue, JsonReadError> readJson(std::string_view text);

// 1-based line and column of a byte offset. Columns count Unicode characters (UTF-8 sequences),
// not bytes, so that they match what an editor shows; a tab counts as one column.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition positionOf(std::string_view text, size_t offset);

// "string", "number", ... : the kind as an error argument (core/lesson_error_code.h).
std::string_view jsonKindToken(JsonValue::Kind kind);

} // namespace hl
