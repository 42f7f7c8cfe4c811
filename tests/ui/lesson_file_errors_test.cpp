// Every kind of lesson-file error gives its message with the right line and column. The expected
// line:column of each case was counted by hand in the input shown next to it (columns are
// 1-based and count characters, not bytes); the counts are written in the comments.
#include "core/lesson_file.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace hl {
namespace {

std::string errorOf(std::string_view text, std::string_view file = "t.json") {
    const auto r = parseLesson(text, file);
    if (std::holds_alternative<Scenario>(r)) return "(no error)";
    return ui::Texts::lessonError(std::get<LessonError>(r)).toStdString();
}

// Line 1 holds format and version; line 2 whatever the test puts there; the closing brace is on
// a line of its own.
std::string withHead(std::string_view line2) {
    return "{\"format\": \"handshakelab-lesson\", \"version\": 1,\n" + std::string(line2) + "\n}";
}
// As withHead, with a valid id and title on line 2: the tested text starts at line 3, column 1.
std::string withIdTitle(std::string_view fromLine3) {
    return withHead("\"id\": \"x\", \"title\": {\"en\": \"T\"},\n" + std::string(fromLine3));
}

TEST(LessonFileErrors, TheIssueExample) {
    const std::string text = "{\n"
                             "  \"format\": \"handshakelab-lesson\",\n"
                             "  \"version\": 1,\n"
                             "  \"id\": \"lost\",\n"
                             "  \"title\": {\"en\": \"Lost\"},\n"
                             "  \"faults\": [\n"
                             "    {\n"
                             "      \"match\": {\n"
                             "        \"from\": \"client\",\n"
                             "      \"flags\":\n"
                             "      [\n"
                             "        \"SYNN\"]\n" // line 12: 8 spaces, the string starts at column 9
                             "      },\n"
                             "      \"drop\": true\n"
                             "    }\n"
                             "  ]\n"
                             "}\n";
    EXPECT_EQ(errorOf(text, "lost.json"), "lost.json:12:9: faults[0].match.flags: unknown flag \"SYNN\"");
}

TEST(LessonFileErrors, SyntaxErrorsPointAtTheProblem) {
    // line 2 `  "version" 1}`: 2 spaces, "version" in columns 3-11, a space, 1 at column 13.
    EXPECT_EQ(errorOf("{\"format\": \"handshakelab-lesson\",\n  \"version\" 1}"),
              "t.json:2:13: syntax error: unexpected number literal; expected ':'");
    // A misplaced multi-character token is shown at its start, not where the lexer stopped:
    // `{"a" 123}`: 123 starts at column 6; `{"a": 1 "b": 2}`: "b" starts at column 9;
    // `[1, true false]`: false starts at column 10.
    EXPECT_EQ(errorOf("{\"a\" 123}"), "t.json:1:6: syntax error: unexpected number literal; expected ':'");
    EXPECT_EQ(errorOf("{\"a\": 1 \"b\": 2}"), "t.json:1:9: syntax error: unexpected string literal; expected '}'");
    EXPECT_EQ(errorOf("[1, true false]"), "t.json:1:10: syntax error: unexpected false literal; expected ']'");
    // One-character tokens: `{"a": 1,}` the } at column 9.
    EXPECT_EQ(errorOf("{\"a\": 1,}"), "t.json:1:9: syntax error: unexpected '}'; expected string literal");
    // `{"a": 1` is 7 characters; the end of input is column 8.
    EXPECT_EQ(errorOf("{\"a\": 1"), "t.json:1:8: syntax error: unexpected end of input; expected '}'");
    // `{"a": tru}`: the lexer sees the literal go wrong at the } in column 10.
    EXPECT_EQ(errorOf("{\"a\": tru}"), "t.json:1:10: syntax error: invalid literal");
    // `{"a": "x` then a raw line feed at column 9 (a raw newline inside a string).
    EXPECT_EQ(errorOf("{\"a\": \"x\n\"}"),
              "t.json:1:9: syntax error: invalid string: control character U+000A (LF) must be escaped to "
              "\\u000A or \\n");
    // Columns count characters: `{"title": "모든", x}`, the x is character 17 (byte 21).
    EXPECT_EQ(errorOf("{\"title\": \"모든\", x}"),
              "t.json:1:17: syntax error: invalid literal; expected string literal");
    // `{"seed": 1e999}`: the number starts at column 10.
    EXPECT_EQ(errorOf("{\"seed\": 1e999}"), "t.json:1:10: syntax error: number overflow parsing '1e999'");
    EXPECT_EQ(errorOf(""), "t.json:1:1: syntax error: unexpected end of input; expected '[', '{', or a literal");
    // A NUL byte would end nlohmann's input early; it is an error where it stands (column 3).
    EXPECT_EQ(errorOf(std::string_view("{}\0{", 4)), "t.json:1:3: syntax error: unexpected NUL byte");
    EXPECT_EQ(errorOf(std::string_view("{\"a\": \"\0\"}", 10)), "t.json:1:8: syntax error: unexpected NUL byte");
    // An earlier error wins: the ] at column 2 comes before the NUL.
    EXPECT_EQ(errorOf(std::string_view("{]\0", 3)),
              "t.json:1:2: syntax error: unexpected ']'; expected string literal");
    // A UTF-8 byte order mark takes no column: `{"a" 1}` after it, the 1 at column 6.
    EXPECT_EQ(errorOf("\xEF\xBB\xBF{\"a\" 1}"), "t.json:1:6: syntax error: unexpected number literal; expected ':'");
    // Trailing text after the object, line 2 column 1.
    EXPECT_EQ(errorOf("{}\n{}"), "t.json:2:1: syntax error: unexpected '{'; expected end of input");
}

TEST(LessonFileErrors, DuplicateKey) {
    // line 2 `  "id": "y"`: the second "id" key starts at column 3.
    EXPECT_EQ(errorOf(withHead("\"id\": \"x\",\n  \"id\": \"y\"").substr(0)), "t.json:3:3: id: duplicate key \"id\"");
    // Inside a nested object: `{"a": {"b": 1, "b": 2}}`, second "b" at column 16.
    EXPECT_EQ(errorOf("{\"a\": {\"b\": 1, \"b\": 2}}"), "t.json:1:16: a.b: duplicate key \"b\"");
}

TEST(LessonFileErrors, NestingTooDeep) {
    const std::string text = std::string(40, '[') + std::string(40, ']');
    std::string path;
    for (int i = 0; i < 32; ++i) path += "[0]";
    // The 33rd bracket, at column 33, is one level too many.
    EXPECT_EQ(errorOf(text), "t.json:1:33: " + path + ": nested deeper than 32 levels");
}

TEST(LessonFileErrors, TooLargeIsRefusedBeforeParsing) {
    const std::string text(kMaxLessonBytes + 1, ' '); // would be a syntax error if parsed
    EXPECT_EQ(errorOf(text), "t.json: file is larger than 1 MiB (1048577 bytes); lesson files are limited to "
                             "1048576 bytes");
    EXPECT_EQ(errorOf(std::string(kMaxLessonBytes, ' ')),
              "t.json:1:1048577: syntax error: unexpected end of input; expected '[', '{', or a literal");
}

TEST(LessonFileErrors, FormatAndVersion) {
    EXPECT_EQ(errorOf("[1]"), "t.json:1:1: expected an object, got an array");
    EXPECT_EQ(errorOf("{\"version\": 1}"), "t.json:1:1: format: missing required field");
    // `{"format": "other"`: the value starts at column 12.
    EXPECT_EQ(errorOf("{\"format\": \"other\", \"version\": 1}"),
              "t.json:1:12: format: expected \"handshakelab-lesson\", got \"other\"");
    EXPECT_EQ(errorOf("{\"format\": 1}"), "t.json:1:12: format: expected a string, got a number");
    EXPECT_EQ(errorOf("{\"format\": \"handshakelab-lesson\"}"), "t.json:1:1: version: missing required field");
    // `, "version": 2`: "handshakelab-lesson" fills columns 12-32, the 2 is at column 46.
    EXPECT_EQ(errorOf("{\"format\": \"handshakelab-lesson\", \"version\": 2}"),
              "t.json:1:46: version: unsupported version 2 (this program reads version 1)");
}

TEST(LessonFileErrors, IdAndTitle) {
    EXPECT_EQ(errorOf(withHead("\"title\": {\"en\": \"T\"}")), "t.json:1:1: id: missing required field");
    EXPECT_EQ(errorOf(withHead("\"id\": \"x\"")), "t.json:1:1: title: missing required field");
    // `"id": "Lost SYN"`: the value at column 7.
    EXPECT_EQ(errorOf(withHead("\"id\": \"Lost SYN\", \"title\": {\"en\": \"T\"}")),
              "t.json:2:7: id: must be lowercase letters a-z, digits 0-9 and \"-\", got \"Lost SYN\"");
    EXPECT_EQ(errorOf(withHead("\"id\": \"\", \"title\": {\"en\": \"T\"}")),
              "t.json:2:7: id: must be lowercase letters a-z, digits 0-9 and \"-\", got \"\"");
    // `"id": "x", "title": {`: the title object opens at column 21.
    EXPECT_EQ(errorOf(withHead("\"id\": \"x\", \"title\": {\"en\": \"\"}")),
              "t.json:2:21: title: needs a non-empty \"en\" or \"ko\"");
    // `..."title": {"en": "T", "fr"`: the key "fr" at column 33.
    EXPECT_EQ(errorOf(withHead("\"id\": \"x\", \"title\": {\"en\": \"T\", \"fr\": \"x\"}")),
              "t.json:2:33: title.fr: unknown field \"fr\"");
    // summary.en with a number: `"summary": {"en": 5}` after the id/title line; 5 at column 19.
    EXPECT_EQ(errorOf(withIdTitle("\"summary\": {\"en\": 5}")),
              "t.json:3:19: summary.en: expected a string, got a number");
}

TEST(LessonFileErrors, TopLevelFields) {
    EXPECT_EQ(errorOf(withIdTitle("\"titel\": 1")), "t.json:3:1: titel: unknown field \"titel\"");
    // `"seed": ` is 8 characters: values of seed start at column 9.
    EXPECT_EQ(errorOf(withIdTitle("\"seed\": \"7\"")), "t.json:3:9: seed: expected an integer, got a string");
    EXPECT_EQ(errorOf(withIdTitle("\"seed\": -1")),
              "t.json:3:9: seed: out of range: -1 (allowed: 0 to 18446744073709551615)");
    EXPECT_EQ(errorOf(withIdTitle("\"seed\": 1.5")), "t.json:3:9: seed: expected an integer, got 1.5");
    EXPECT_EQ(errorOf(withIdTitle("\"seed\": 18446744073709551616")),
              "t.json:3:9: seed: out of range: 18446744073709551616 (allowed: 0 to 18446744073709551615)");
    // `"profile": ` is 11 characters: value at column 12.
    EXPECT_EQ(errorOf(withIdTitle("\"profile\": \"tech\"")), "t.json:3:12: profile: unknown profile \"tech\"");
    // `"group": `: value at column 10.
    EXPECT_EQ(errorOf(withIdTitle("\"group\": \"timewait\"")), "t.json:3:10: group: unknown group \"timewait\"");
    EXPECT_EQ(errorOf(withIdTitle("\"loss\": 1.5")), "t.json:3:9: loss: out of range: 1.5 (allowed: 0 to 1)");
    EXPECT_EQ(errorOf(withIdTitle("\"loss\": true")), "t.json:3:9: loss: expected a number, got true or false");
    // `"until_ms": `: value at column 13.
    EXPECT_EQ(errorOf(withIdTitle("\"until_ms\": 0")),
              "t.json:3:13: until_ms: out of range: 0 (allowed: 1 to 1000000000)");
    // `"latency_ms": `: value at column 15.
    EXPECT_EQ(errorOf(withIdTitle("\"latency_ms\": \"fast\"")),
              "t.json:3:15: latency_ms: expected a number or an object, got a string");
    EXPECT_EQ(errorOf(withIdTitle("\"latency_ms\": -1")),
              "t.json:3:15: latency_ms: out of range: -1 (allowed: 0 to 1000000000)");
    EXPECT_EQ(errorOf(withIdTitle("\"latency_ms\": {\"c2s\": 5}")),
              "t.json:3:15: latency_ms.s2c: missing required field");
    // `"latency_ms": {"c2s": 5, "back"`: { at 15, "c2s" 16-20, 5 at 23, the key at column 26.
    EXPECT_EQ(errorOf(withIdTitle("\"latency_ms\": {\"c2s\": 5, \"back\": 5}")),
              "t.json:3:26: latency_ms.back: unknown field \"back\"");
    // `"actions": `: value at column 12.
    EXPECT_EQ(errorOf(withIdTitle("\"actions\": {}")), "t.json:3:12: actions: expected an array, got an object");
}

TEST(LessonFileErrors, HostsAndOptions) {
    // `"client": {"port": ` is 19 characters: the port at column 20.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"port\": 70000}")),
              "t.json:3:20: client.port: out of range: 70000 (allowed: 1 to 65535)");
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"port\": 0}")),
              "t.json:3:20: client.port: out of range: 0 (allowed: 1 to 65535)");
    // `"server": {`: the first key at column 12.
    EXPECT_EQ(errorOf(withIdTitle("\"server\": {\"prot\": 80}")), "t.json:3:12: server.prot: unknown field \"prot\"");
    EXPECT_EQ(errorOf(withIdTitle("\"server\": []")), "t.json:3:11: server: expected an object, got an array");
    // `"client": {"isn": `: value at column 19.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"isn\": 4294967296}")),
              "t.json:3:19: client.isn: out of range: 4294967296 (allowed: 0 to 4294967295)");
    // `"client": {"options": {`: the first option key at column 24.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"rto_ms\": 5}}")),
              "t.json:3:24: client.options.rto_ms: unknown field \"rto_ms\"");
    // `"dup_syn_reply": ` after column 23: key 24-38, value at column 41.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"dup_syn_reply\": \"rst\"}}")),
              "t.json:3:41: client.options.dup_syn_reply: unknown dup_syn_reply \"rst\"");
    // `"window": ` key 24-31: value at column 34.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"window\": 0}}")),
              "t.json:3:34: client.options.window: out of range: 0 (allowed: 1 to 1073741824)");
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"window\": 1073741825}}")),
              "t.json:3:34: client.options.window: out of range: 1073741825 (allowed: 1 to 1073741824)");
    // `"mss": ` key 24-28: value at column 31.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"mss\": 0}}")),
              "t.json:3:31: client.options.mss: out of range: 0 (allowed: 1 to 65535)");
    // `"rfc5961": ` key 24-32: value at column 35.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"rfc5961\": 1}}")),
              "t.json:3:35: client.options.rfc5961: expected true or false, got a number");
    // `"fin_wait_2_timeout_ms": ` key 24-46: value at column 49.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"fin_wait_2_timeout_ms\": -5}}")),
              "t.json:3:49: client.options.fin_wait_2_timeout_ms: out of range: -5 (allowed: 0 to 1000000000)");
    // `"syn_retries": ` key 24-36: value at column 39; null is only allowed for the FIN_WAIT_2 timer.
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"syn_retries\": null}}")),
              "t.json:3:39: client.options.syn_retries: expected an integer, got null");
    EXPECT_EQ(errorOf(withIdTitle("\"client\": {\"options\": {\"rto_min_ms\": 2.5}}")),
              "t.json:3:38: client.options.rto_min_ms: expected an integer, got 2.5");
}

// Line 3 opens the list; line 4 holds a valid listen; line 5, the tested action, indented by two.
std::string withActions(std::string_view line5) {
    return withIdTitle("\"actions\": [\n  {\"at_ms\": 0, \"host\": \"server\", \"do\": \"listen\"},\n" +
                       std::string(line5) + "\n]");
}

TEST(LessonFileErrors, Actions) {
    // `  {"at_ms": 0, "host": "client", "do": ` : the object at column 3, "at_ms" value at 13,
    // "host" key at 16, its value at 24, "do" key at 34, its value at 40.
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"client\", \"do\": \"listn\"}")),
              "t.json:5:40: actions[1].do: unknown action \"listn\"");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"hots\": \"client\", \"do\": \"listen\"}")),
              "t.json:5:16: actions[1].hots: unknown field \"hots\"");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"do\": \"listen\"}")),
              "t.json:5:3: actions[1].host: missing required field");
    EXPECT_EQ(errorOf(withActions("  {\"host\": \"client\", \"do\": \"listen\"}")),
              "t.json:5:3: actions[1].at_ms: missing required field");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"clinet\", \"do\": \"listen\"}")),
              "t.json:5:24: actions[1].host: unknown host \"clinet\"");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": -1, \"host\": \"client\", \"do\": \"listen\"}")),
              "t.json:5:13: actions[1].at_ms: out of range: -1 (allowed: 0 to 1000000000)");
    // `"do": "close", ` : "close" in columns 40-46, the "bytes" key at 49.
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"client\", \"do\": \"close\", \"bytes\": 5}")),
              "t.json:5:49: actions[1].bytes: only a \"send\" action takes \"bytes\"");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"client\", \"do\": \"send\"}")),
              "t.json:5:3: actions[1].bytes: missing required field");
    // `"do": "send", "bytes": ` : "send" in 40-45, "bytes" key 48-54, value at 57.
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"client\", \"do\": \"send\", \"bytes\": 0}")),
              "t.json:5:57: actions[1].bytes: out of range: 0 (allowed: 1 to 1000000000)");
    // `"do": "listen", "to"`: "listen" in 40-47, "to" at 50.
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 0, \"host\": \"client\", \"do\": \"listen\", \"to\": \"server\"}")),
              "t.json:5:50: actions[1].to: only an \"inject\" action takes \"to\"");
}

TEST(LessonFileErrors, InjectAndSegment) {
    // `  {"at_ms": 50, "do": "inject", ` : object at 3, "do" at 17, "inject" 23-30, next key at 33.
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 50, \"do\": \"inject\", \"to\": \"server\"}")),
              "t.json:5:3: actions[1].segment: missing required field");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 50, \"do\": \"inject\", \"host\": \"server\"}")),
              "t.json:5:33: actions[1].host: an \"inject\" action names its host with \"to\", not \"host\"");
    EXPECT_EQ(errorOf(withActions("  {\"at_ms\": 50, \"do\": \"inject\", \"segment\": {}}")),
              "t.json:5:3: actions[1].to: missing required field");
    // `"to": "server", "segment": {` : "to" 33-36, "server" 39-46, "segment" 49-57, { at 60.
    const std::string seg = "  {\"at_ms\": 50, \"do\": \"inject\", \"to\": \"server\", \"segment\": ";
    EXPECT_EQ(errorOf(withActions(seg + "{\"seq\": 1, \"ack\": 0}}")),
              "t.json:5:60: actions[1].segment.flags: missing required field");
    // Inside the segment: `{"flags": [` the [ at 70, first flag at 71; `"SYN"], "seq": ` puts
    // the seq value at 86, "ack" key at 89 and its value at 96, the next key at 99.
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYN\"], \"seq\": 1, \"ack\": 0, \"lenght\": 3}}")),
              "t.json:5:99: actions[1].segment.lenght: unknown field \"lenght\"");
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYM\"], \"seq\": 1, \"ack\": 0}}")),
              "t.json:5:71: actions[1].segment.flags: unknown flag \"SYM\"");
    // `["SYN", "SYN"]`: the second one at column 78.
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYN\", \"SYN\"], \"seq\": 1, \"ack\": 0}}")),
              "t.json:5:78: actions[1].segment.flags: flag \"SYN\" appears twice");
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYN\"], \"seq\": 1, \"ack\": 5}}")),
              "t.json:5:96: actions[1].segment.ack: must be 0 when the ACK flag is not set");
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYN\"], \"seq\": -1, \"ack\": 0}}")),
              "t.json:5:86: actions[1].segment.seq: out of range: -1 (allowed: 0 to 4294967295)");
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": \"SYN\", \"seq\": 1, \"ack\": 0}}")),
              "t.json:5:70: actions[1].segment.flags: expected an array, got a string");
    // `"ack": 0, "src_port": ` : "src_port" 99-108, value at 111.
    EXPECT_EQ(errorOf(withActions(seg + "{\"flags\": [\"SYN\"], \"seq\": 1, \"ack\": 0, \"src_port\": 0}}")),
              "t.json:5:111: actions[1].segment.src_port: out of range: 0 (allowed: 1 to 65535)");
}

// Line 3 opens the list; line 4 holds a valid fault; line 5, the tested one, indented by two.
std::string withFaults(std::string_view line5) {
    return withIdTitle("\"faults\": [\n  {\"match\": {\"from\": \"client\"}, \"drop\": true},\n" + std::string(line5) +
                       "\n]");
}

TEST(LessonFileErrors, Faults) {
    // `  {"match": {` : the fault object at 3, "match" key at 4, its object at 13, first key at 14.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"form\": \"client\"}, \"drop\": true}")),
              "t.json:5:14: faults[1].match.form: unknown field \"form\"");
    // `  {"match": {}, "dorp"`: the key at 17.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"dorp\": true}")),
              "t.json:5:17: faults[1].dorp: unknown field \"dorp\"");
    EXPECT_EQ(errorOf(withFaults("  {\"drop\": true}")), "t.json:5:3: faults[1].match: missing required field");
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"nth\": 2}}")),
              "t.json:5:3: faults[1]: needs an effect: \"drop\": true, \"delay_ms\" or \"duplicate_after_ms\"");
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"drop\": false}")),
              "t.json:5:3: faults[1]: needs an effect: \"drop\": true, \"delay_ms\" or \"duplicate_after_ms\"");
    // `{"between_ms": ` : the array at column 28.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"between_ms\": [300, 200]}, \"drop\": true}")),
              "t.json:5:28: faults[1].match.between_ms: start 300 is after end 200");
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"between_ms\": [1]}, \"drop\": true}")),
              "t.json:5:28: faults[1].match.between_ms: expected [start, end], an array of 2 numbers");
    // `[1, "x"]`: the "x" at column 32.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"between_ms\": [1, \"x\"]}, \"drop\": true}")),
              "t.json:5:32: faults[1].match.between_ms: expected an integer, got a string");
    // `{"nth": ` : value at 21.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"nth\": 0}, \"drop\": true}")),
              "t.json:5:21: faults[1].match.nth: out of range: 0 (allowed: 1 to 4294967295)");
    // `{"segment_id": `: value at 28.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"segment_id\": 0}, \"drop\": true}")),
              "t.json:5:28: faults[1].match.segment_id: out of range: 0 (allowed: 1 to 18446744073709551615)");
    // `{"from": `: value at 22.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"from\": \"router\"}, \"drop\": true}")),
              "t.json:5:22: faults[1].match.from: unknown host \"router\"");
    // `{"has_data": `: value at 26.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"has_data\": \"yes\"}, \"drop\": true}")),
              "t.json:5:26: faults[1].match.has_data: expected true or false, got a string");
    // `{"flags": ["ACK", "ACK"]`: the second "ACK" at 31.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"flags\": [\"ACK\", \"ACK\"]}, \"drop\": true}")),
              "t.json:5:31: faults[1].match.flags: flag \"ACK\" appears twice");
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {\"flags\": [\"ACK\", 2]}, \"drop\": true}")),
              "t.json:5:31: faults[1].match.flags: expected a string, got a number");
    // `{"match": {}, "delay_ms": `: value at 29.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"delay_ms\": 0}")),
              "t.json:5:29: faults[1].delay_ms: out of range: 0 (allowed: 1 to 1000000000)");
    // `{"match": {}, "duplicate_after_ms": `: value at 39.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"duplicate_after_ms\": -1}")),
              "t.json:5:39: faults[1].duplicate_after_ms: out of range: -1 (allowed: 0 to 1000000000)");
    // `{"match": {}, "drop": `: value at 25.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"drop\": true, \"delay_ms\": 5}")),
              "t.json:5:25: faults[1].drop: cannot be combined with \"delay_ms\" or \"duplicate_after_ms\"");
    // `{"match": {}, "drop": true, "user": `: true in 25-28, "user" 31-36, value at 39.
    EXPECT_EQ(errorOf(withFaults("  {\"match\": {}, \"drop\": true, \"user\": 1}")),
              "t.json:5:39: faults[1].user: expected true or false, got a number");
}

TEST(LessonFileErrors, LargeFileIsRefusedWithItsSize) {
    const std::string path = testing::TempDir() + "/hl-large-lesson.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(2 * kMaxLessonBytes, ' ');
    }
    const auto r = readLessonFile(path);
    std::remove(path.c_str());
    ASSERT_TRUE(std::holds_alternative<LessonError>(r));
    EXPECT_EQ(ui::Texts::lessonError(std::get<LessonError>(r)).toStdString(),
              path + ": file is larger than 1 MiB (2097152 bytes); lesson files are limited to 1048576 bytes");
}

TEST(LessonFileErrors, ReadingFiles) {
    const auto missing = readLessonFile("/nonexistent-dir/x.json");
    ASSERT_TRUE(std::holds_alternative<LessonError>(missing));
    EXPECT_EQ(ui::Texts::lessonError(std::get<LessonError>(missing)).toStdString(),
              "/nonexistent-dir/x.json: cannot open: No such file or directory");
    const std::string dir = std::string(HL_SOURCE_DIR) + "/tests/data/lessons";
    const auto isDir = readLessonFile(dir);
    ASSERT_TRUE(std::holds_alternative<LessonError>(isDir));
    EXPECT_EQ(ui::Texts::lessonError(std::get<LessonError>(isDir)).toStdString(),
              dir + ": cannot read: it is a directory");
}

// The syntax error shown in docs/lesson-format.md is what the program prints.
TEST(LessonFileErrors, TheGuidesSyntaxErrorExample) {
    // Line 3 starts with 4 spaces, so the unexpected "version" string is at column 5 (a comma is
    // missing at the end of line 2).
    const std::string shown = errorOf("{\n  \"format\": \"handshakelab-lesson\"\n    \"version\": 1\n}", "lost.json");
    EXPECT_EQ(shown, "lost.json:3:5: syntax error: unexpected string literal; expected '}'");
    std::ifstream in(std::string(HL_SOURCE_DIR) + "/docs/lesson-format.md", std::ios::binary);
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(doc.find(shown), std::string::npos);
}

} // namespace
} // namespace hl
