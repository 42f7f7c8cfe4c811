#include "core/shown_text.h"

#include <cstdio>

namespace hl {
namespace {
void appendEscaped(std::string& out, unsigned char c) {
    switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
    }
    if (c < 0x20 || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
        return;
    }
    out += static_cast<char>(c);
}
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
} // namespace

std::string escapedControls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) appendEscaped(out, static_cast<unsigned char>(c));
    return out;
}

std::string shownText(std::string_view text) {
    std::string out;
    size_t chars = 0;
    for (char i : text) {
        const auto c = static_cast<unsigned char>(i);
        if (!isContinuation(c) && chars++ == kMaxShownChars) {
            out += "…";
            return out;
        }
        appendEscaped(out, c);
    }
    return out;
}

} // namespace hl
