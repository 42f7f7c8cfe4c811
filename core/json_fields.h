#pragma once
// Typed, checked access to the fields of a JSON tree (json_reader.h). Every check that fails
// throws FieldError naming the field path and the position of the offending value, so a reader
// can stop at the first error.
#include "core/input_limits.h"
#include "core/json_reader.h"
#include "core/sim_time.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

// A code and its arguments (core/lesson_error_code.h); the words are the UI's.
struct FieldError {
    size_t offset = 0;
    std::string field;
    LessonErrorCode code = LessonErrorCode::MissingField;
    std::vector<std::string> args;
};

[[noreturn]] void failAt(size_t offset, std::string field, LessonErrorCode code, std::vector<std::string> args = {});

// The fields of one JSON object, known by their path ("actions[2]").
class ObjectFields {
public:
    ObjectFields(const JsonValue& value, std::string path); // throws unless `value` is an object
    // Throws for the first key, in file order, that is not in `allowed` ("unknown field").
    void allowOnly(std::initializer_list<std::string_view> allowed) const;
    const JsonValue* get(std::string_view key) const;
    const JsonValue& require(std::string_view key) const;          // throws "missing required field"
    void forbid(std::string_view key, LessonErrorCode code) const; // throws at the key
    std::string path(std::string_view key) const;
    const std::string& path() const { return path_; }
    const JsonValue& value() const { return value_; }

private:
    const JsonValue& value_;
    std::string path_;
};

std::string joinPath(const std::string& parent, std::string_view key);
std::string indexPath(const std::string& parent, size_t index);

// Integers: accepted when the number is whole and within [min, max].
uint64_t readUnsigned(const JsonValue& v, const std::string& field, uint64_t min, uint64_t max);
double readNumber(const JsonValue& v, const std::string& field, double min, double max);
bool readBool(const JsonValue& v, const std::string& field);
const std::string& readString(const JsonValue& v, const std::string& field);
const std::vector<JsonValue>& readArray(const JsonValue& v, const std::string& field);

// Times in lesson files are whole milliseconds, at most kMaxFileMs (core/input_limits.h).
SimDuration readMs(const JsonValue& v, const std::string& field, uint64_t minMs);

} // namespace hl
