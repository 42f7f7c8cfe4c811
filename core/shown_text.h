#pragma once
// Text from a file echoed in a one-line error message: control characters are shown escaped
// (a key "a\nb" must not start a new line, ESC must not reach a terminal) and a long key or
// value is shortened with "…" — the line:column already says where it is.
#include <cstddef>
#include <string>
#include <string_view>

namespace hl {

inline constexpr size_t kMaxShownChars = 40; // Unicode characters kept of an echoed key or value

// Escapes control characters (\n, \t, \u001b, a NUL as \u0000, DEL) and keeps at most
// kMaxShownChars characters, never cutting a UTF-8 sequence.
std::string shownText(std::string_view text);
// Only the escaping, for a whole message line.
std::string escapedControls(std::string_view text);

} // namespace hl
