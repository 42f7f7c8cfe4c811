#include "core/json_fields.h"

#include "core/shown_text.h"

#include <cmath>

namespace hl {

void failAt(size_t offset, std::string field, LessonErrorCode code, std::vector<std::string> args) {
    throw FieldError{offset, std::move(field), code, std::move(args)};
}

namespace {
[[noreturn]] void failType(const JsonValue& v, const std::string& field, std::string_view expected) {
    failAt(v.offset, field, LessonErrorCode::WrongType, {std::string(expected), std::string(jsonKindToken(v.kind))});
}

std::string writtenNumber(const JsonValue& v) {
    switch (v.kind) {
    case JsonValue::Kind::Int: return std::to_string(v.integer);
    case JsonValue::Kind::Uint: return std::to_string(v.unsignedInt);
    default: return shownText(v.text);
    }
}

[[noreturn]] void failRange(const JsonValue& v, const std::string& field, const std::string& min, const std::string& max) {
    failAt(v.offset, field, LessonErrorCode::OutOfRange, {writtenNumber(v), min, max});
}
} // namespace

std::string joinPath(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string indexPath(const std::string& parent, size_t index) { return parent + "[" + std::to_string(index) + "]"; }

ObjectFields::ObjectFields(const JsonValue& value, std::string path) : value_(value), path_(std::move(path)) {
    if (value.kind != JsonValue::Kind::Object) failType(value, path_, "object");
}

void ObjectFields::allowOnly(std::initializer_list<std::string_view> allowed) const {
    for (const auto& m : value_.members) {
        bool known = false;
        for (auto a : allowed) known = known || a == m.key;
        if (!known)
            failAt(m.keyOffset, joinPath(path_, shownText(m.key)), LessonErrorCode::UnknownField, {shownText(m.key)});
    }
}

const JsonValue* ObjectFields::get(std::string_view key) const { return value_.find(key); }

const JsonValue& ObjectFields::require(std::string_view key) const {
    const JsonValue* v = get(key);
    if (!v) failAt(value_.offset, path(key), LessonErrorCode::MissingField);
    return *v;
}

void ObjectFields::forbid(std::string_view key, LessonErrorCode code) const {
    for (const auto& m : value_.members)
        if (m.key == key) failAt(m.keyOffset, path(key), code);
}

std::string ObjectFields::path(std::string_view key) const { return joinPath(path_, key); }

uint64_t readUnsigned(const JsonValue& v, const std::string& field, uint64_t min, uint64_t max) {
    const auto minText = std::to_string(min);
    const auto maxText = std::to_string(max);
    switch (v.kind) {
    case JsonValue::Kind::Uint:
        if (v.unsignedInt < min || v.unsignedInt > max) failRange(v, field, minText, maxText);
        return v.unsignedInt;
    case JsonValue::Kind::Int: // negative, or -0 (which is 0)
        if (v.integer == 0 && min == 0) return 0;
        failRange(v, field, minText, maxText);
    case JsonValue::Kind::Float:
        // Digits only, but beyond 64 bits (nlohmann reads it as a double): out of range.
        if (v.text.find_first_not_of("-0123456789") == std::string::npos) failRange(v, field, minText, maxText);
        // One rule (docs/lesson-format.md): a whole number is written with digits only. "1000.0"
        // and "1e3" are refused, so a value is never rounded (9007199254740993.0 is not exact).
        failAt(v.offset, field, LessonErrorCode::NotInteger, {shownText(v.text)});
    default: failType(v, field, "integer");
    }
}

double readNumber(const JsonValue& v, const std::string& field, double min, double max) {
    double d = 0;
    switch (v.kind) {
    case JsonValue::Kind::Uint: d = static_cast<double>(v.unsignedInt); break;
    case JsonValue::Kind::Int: d = static_cast<double>(v.integer); break;
    case JsonValue::Kind::Float: d = v.number; break;
    default: failType(v, field, "number");
    }
    if (!(d >= min && d <= max)) {
        auto text = [](double x) {
            std::string s = std::to_string(x); // "1.000000" -> "1"
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.') s.pop_back();
            return s;
        };
        failRange(v, field, text(min), text(max));
    }
    return d;
}

bool readBool(const JsonValue& v, const std::string& field) {
    if (v.kind != JsonValue::Kind::Bool) failType(v, field, "boolean");
    return v.boolean;
}

const std::string& readString(const JsonValue& v, const std::string& field) {
    if (v.kind != JsonValue::Kind::String) failType(v, field, "string");
    return v.text;
}

const std::vector<JsonValue>& readArray(const JsonValue& v, const std::string& field) {
    if (v.kind != JsonValue::Kind::Array) failType(v, field, "array");
    return v.items;
}

SimDuration readMs(const JsonValue& v, const std::string& field, uint64_t minMs) {
    return SimTime::fromMs(static_cast<int64_t>(readUnsigned(v, field, minMs, kMaxFileMs)));
}

} // namespace hl
