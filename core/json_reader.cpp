#include "core/json_reader.h"

#include "core/shown_text.h"

#include <nlohmann/json.hpp>

#include <iterator>
#include <optional>
#include <unordered_set>

namespace hl {

const JsonValue* JsonValue::find(std::string_view key) const {
    for (const auto& m : members)
        if (m.key == key) return &m.value;
    return nullptr;
}

std::string_view jsonKindToken(JsonValue::Kind kind) {
    switch (kind) {
    case JsonValue::Kind::Null: return "null";
    case JsonValue::Kind::Bool: return "boolean";
    case JsonValue::Kind::Int:
    case JsonValue::Kind::Uint:
    case JsonValue::Kind::Float: return "number";
    case JsonValue::Kind::String: return "string";
    case JsonValue::Kind::Array: return "array";
    case JsonValue::Kind::Object: return "object";
    }
    return "null";
}

TextPosition positionOf(std::string_view text, size_t offset) {
    TextPosition p;
    const size_t end = offset < text.size() ? offset : text.size();
    // A UTF-8 byte order mark is invisible in editors: it takes no column.
    const size_t begin = text.substr(0, 3) == "\xEF\xBB\xBF" && end >= 3 ? 3 : 0;
    for (size_t i = begin; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) { // a UTF-8 continuation byte is not a new character
            ++p.column;
        }
    }
    return p;
}

namespace {

// Follows the characters nlohmann's lexer consumes and remembers where the latest token began.
// When the parser reports a value, that value's token is the latest one: a number is followed by
// one read-ahead character, but that is whitespace or one of , ] } which start no token.
class TokenTracker {
public:
    void consume(size_t index, char c) {
        if (inString_) {
            if (escape_)
                escape_ = false;
            else if (c == '\\')
                escape_ = true;
            else if (c == '"')
                inString_ = false;
            return;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ',':
        case ':':
        case ']':
        case '}': inToken_ = false; return;
        case '"':
            start_ = index;
            inString_ = true;
            inToken_ = false;
            return;
        case '[':
        case '{':
            start_ = index;
            inToken_ = false;
            return;
        default: // numbers and literals: several characters, one token
            if (!inToken_) start_ = index;
            inToken_ = true;
        }
    }
    size_t tokenStart() const { return start_; }

private:
    size_t start_ = 0;
    bool inString_ = false;
    bool escape_ = false;
    bool inToken_ = false;
};

// The input iterator handed to nlohmann::json::sax_parse: each increment is one character the
// lexer has consumed.
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator() = default;
    TrackingIterator(std::string_view text, size_t index, TokenTracker* tracker)
        : text_(text), index_(index), tracker_(tracker) {}

    reference operator*() const { return text_[index_]; }
    TrackingIterator& operator++() {
        tracker_->consume(index_, text_[index_]);
        ++index_;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& o) const { return index_ == o.index_; }

private:
    std::string_view text_;
    size_t index_ = 0;
    TokenTracker* tracker_ = nullptr;
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing value - invalid literal; last read: 'x'". Keep the part that says
// what went wrong; our own position replaces theirs. That part is the library's English: it is
// passed on as the argument of JsonSyntax, like a system error text.
std::string syntaxDetail(const std::string& what, const std::string& lastToken) {
    std::string msg = what;
    const auto syntax = msg.find("syntax error");
    if (syntax != std::string::npos) {
        msg = msg.substr(syntax);
        const auto dash = msg.find(" - ");
        if (dash != std::string::npos) msg = msg.substr(dash + 3);
    } else if (const auto bracket = msg.find("] "); bracket != std::string::npos) {
        msg = msg.substr(bracket + 2);
    }
    const std::string lastRead = "; last read: '" + lastToken + "'";
    if (const auto at = msg.find(lastRead); at != std::string::npos) msg.erase(at, lastRead.size());
    return msg;
}

// "unexpected string literal; expected ':'" (also number, true, false, null).
bool unexpectedLiteral(const std::string& message) {
    const std::string prefix = "unexpected ";
    if (message.rfind(prefix, 0) != 0) return false;
    const std::string token = message.substr(prefix.size(), message.find(';') - prefix.size());
    return token.size() >= 7 && token.compare(token.size() - 7, 7, "literal") == 0;
}

class TreeBuilder {
public:
    using json = nlohmann::json;
    TreeBuilder(std::string_view text, const TokenTracker& tracker) : text_(text), tracker_(tracker) {}

    bool null() { return addScalar(JsonValue{}); }
    bool boolean(bool b) {
        JsonValue v;
        v.kind = JsonValue::Kind::Bool;
        v.boolean = b;
        return addScalar(std::move(v));
    }
    bool number_integer(json::number_integer_t i) {
        JsonValue v;
        v.kind = JsonValue::Kind::Int;
        v.integer = i;
        return addScalar(std::move(v));
    }
    bool number_unsigned(json::number_unsigned_t u) {
        JsonValue v;
        v.kind = JsonValue::Kind::Uint;
        v.unsignedInt = u;
        return addScalar(std::move(v));
    }
    bool number_float(json::number_float_t d, const json::string_t& written) {
        JsonValue v;
        v.kind = JsonValue::Kind::Float;
        v.number = d;
        v.text = written;
        return addScalar(std::move(v));
    }
    bool string(json::string_t& s) {
        JsonValue v;
        v.kind = JsonValue::Kind::String;
        v.text = std::move(s);
        return addScalar(std::move(v));
    }
    bool binary(json::binary_t&) { return false; } // never produced by the JSON grammar

    bool start_object(std::size_t) { return open(JsonValue::Kind::Object); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(JsonValue::Kind::Array); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        Frame& f = stack_.back();
        if (!f.keys.insert(k).second) {
            error_ = JsonReadError{tracker_.tokenStart(), pathWith(&k), LessonErrorCode::DuplicateKey, {shownText(k)}};
            return false;
        }
        f.pendingKey = std::move(k);
        f.pendingKeyOffset = tracker_.tokenStart();
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const json::exception& ex) {
        // nlohmann's position is the last character it read. That is the problem's place when the
        // lexer itself failed (a bad character) and for one-character tokens; a whole string,
        // number or literal that is out of place, or that overflows, is shown at its start.
        std::string message = syntaxDetail(ex.what(), lastToken);
        size_t offset = position > 0 ? position - 1 : 0;
        if (ex.id == 406 || unexpectedLiteral(message)) offset = tracker_.tokenStart();
        if (offset > text_.size()) offset = text_.size();
        error_ = JsonReadError{offset, "", LessonErrorCode::JsonSyntax, {std::move(message)}};
        return false;
    }

    std::optional<JsonValue> root;
    std::optional<JsonReadError> error_;

private:
    struct Frame {
        JsonValue value;
        std::string pendingKey;
        size_t pendingKeyOffset = 0;
        std::unordered_set<std::string> keys;
    };

    bool addScalar(JsonValue v) {
        v.offset = tracker_.tokenStart();
        attach(std::move(v));
        return true;
    }
    void attach(JsonValue v) {
        if (stack_.empty()) {
            root = std::move(v);
            return;
        }
        Frame& f = stack_.back();
        if (f.value.kind == JsonValue::Kind::Array)
            f.value.items.push_back(std::move(v));
        else
            f.value.members.push_back(JsonMember{std::move(f.pendingKey), f.pendingKeyOffset, std::move(v)});
    }
    bool open(JsonValue::Kind kind) {
        if (stack_.size() >= kMaxJsonDepth) {
            error_ = JsonReadError{
                tracker_.tokenStart(), pathWith(nullptr), LessonErrorCode::TooDeep, {std::to_string(kMaxJsonDepth)}};
            return false;
        }
        Frame f;
        f.value.kind = kind;
        f.value.offset = tracker_.tokenStart();
        stack_.push_back(std::move(f));
        return true;
    }
    bool close() {
        JsonValue v = std::move(stack_.back().value);
        stack_.pop_back();
        attach(std::move(v));
        return true;
    }
    // The field path ("actions[2].segment") of the value about to be read, or, given a key just
    // read, of that key's value.
    std::string pathWith(const std::string* key) const {
        std::string path;
        for (size_t i = 0; i < stack_.size(); ++i) {
            const Frame& f = stack_[i];
            if (f.value.kind == JsonValue::Kind::Array) {
                path += "[" + std::to_string(f.value.items.size()) + "]";
                continue;
            }
            const bool last = i + 1 == stack_.size();
            if (!path.empty()) path += '.';
            path += shownText(last && key ? *key : f.pendingKey);
        }
        return path;
    }

    std::string_view text_;
    const TokenTracker& tracker_;
    std::vector<Frame> stack_;
};

} // namespace

std::variant<JsonValue, JsonReadError> readJson(std::string_view text) {
    TokenTracker tracker;
    TreeBuilder builder(text, tracker);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(TrackingIterator(text, 0, &tracker),
                                       TrackingIterator(text, text.size(), &tracker), &builder);
    } catch (const std::exception& e) { // not expected from the SAX interface; never crash
        return JsonReadError{0, "", LessonErrorCode::JsonSyntax, {e.what()}};
    }
    // nlohmann's lexer takes a NUL byte for the end of the input and would ignore what follows.
    // No JSON text contains one, so the first NUL is an error unless an earlier one was found.
    const size_t nul = text.find('\0');
    if (nul != std::string_view::npos && (!builder.error_ || builder.error_->offset >= nul))
        return JsonReadError{nul, "", LessonErrorCode::JsonNulByte, {}};
    if (builder.error_) return *builder.error_;
    if (!ok || !builder.root) return JsonReadError{text.size(), "", LessonErrorCode::JsonEnd, {}};
    return std::move(*builder.root);
}

} // namespace hl
