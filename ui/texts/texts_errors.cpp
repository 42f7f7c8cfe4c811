// Lesson-file errors in words: core reports a code and its arguments (core/lesson_error_code.h),
// this file says it in the user's language. The English wording is the one docs/lesson-format.md
// and docs/cli.md show.
#include "ui/texts/texts.h"

#include "core/shown_text.h"

#include <algorithm>

namespace hl::ui {
namespace {

// An argument that names a JSON kind (jsonKindToken in core/json_reader.h) in words; any other
// argument as it is.
QString kindWord(const std::string& token) {
    if (token == "null") return QStringLiteral("null");
    if (token == "boolean") return Texts::tr("true or false");
    if (token == "number") return Texts::tr("a number");
    if (token == "integer") return Texts::tr("an integer");
    if (token == "string") return Texts::tr("a string");
    if (token == "array") return Texts::tr("an array");
    if (token == "object") return Texts::tr("an object");
    return QString::fromStdString(token);
}

bool argIsKind(LessonErrorCode code) {
    return code == LessonErrorCode::WrongType || code == LessonErrorCode::LatencyType;
}

// The wording of each code, %1..%n standing for its arguments in order.
QString pattern(LessonErrorCode code) {
    using C = LessonErrorCode;
    switch (code) {
    //: %1 is the JSON reader's own description of the problem, in English.
    case C::JsonSyntax: return Texts::tr("syntax error: %1");
    case C::JsonNulByte: return Texts::tr("syntax error: unexpected NUL byte");
    case C::JsonEnd: return Texts::tr("syntax error: unexpected end of input");
    case C::DuplicateKey: return Texts::tr("duplicate key \"%1\"");
    case C::TooDeep: return Texts::tr("nested deeper than %1 levels");
    //: %1 and %2 are kinds of JSON value: "a string", "an object", "true or false"...
    case C::WrongType: return Texts::tr("expected %1, got %2");
    //: %1 the number found, %2 and %3 the smallest and largest allowed.
    case C::OutOfRange: return Texts::tr("out of range: %1 (allowed: %2 to %3)");
    case C::NotInteger: return Texts::tr("expected an integer, got %1");
    case C::UnknownField: return Texts::tr("unknown field \"%1\"");
    case C::MissingField: return Texts::tr("missing required field");
    case C::WrongFormat: return Texts::tr("expected \"%1\", got \"%2\"");
    case C::UnsupportedVersion: return Texts::tr("unsupported version %1 (this program reads version %2)");
    case C::BadId: return Texts::tr("must be lowercase letters a-z, digits 0-9 and \"-\", got \"%1\"");
    //: "en" and "ko" are lesson-file keys: keep them.
    case C::TextNeeded: return Texts::tr("needs a non-empty \"en\" or \"ko\"");
    case C::LatencyType: return Texts::tr("expected a number or an object, got %1");
    case C::UnknownHost: return Texts::tr("unknown host \"%1\"");
    case C::UnknownFlag: return Texts::tr("unknown flag \"%1\"");
    case C::UnknownAction: return Texts::tr("unknown action \"%1\"");
    case C::UnknownGroup: return Texts::tr("unknown group \"%1\"");
    case C::UnknownProfile: return Texts::tr("unknown profile \"%1\"");
    case C::UnknownDupSynReply: return Texts::tr("unknown dup_syn_reply \"%1\"");
    case C::DuplicateFlag: return Texts::tr("flag \"%1\" appears twice");
    case C::AckWithoutFlag: return Texts::tr("must be 0 when the ACK flag is not set");
    //: Words in quotes are lesson-file keys and values: keep them.
    case C::InjectUsesTo: return Texts::tr("an \"inject\" action names its host with \"to\", not \"host\"");
    case C::OnlySendBytes: return Texts::tr("only a \"send\" action takes \"bytes\"");
    case C::OnlyInjectTo: return Texts::tr("only an \"inject\" action takes \"to\"");
    case C::OnlyInjectSegment: return Texts::tr("only an \"inject\" action takes \"segment\"");
    case C::BetweenShape: return Texts::tr("expected [start, end], an array of 2 numbers");
    //: %1 and %2 are times in milliseconds.
    case C::BetweenOrder: return Texts::tr("start %1 is after end %2");
    case C::FaultNoEffect: return Texts::tr("needs an effect: \"drop\": true, \"delay_ms\" or \"duplicate_after_ms\"");
    case C::DropCombined: return Texts::tr("cannot be combined with \"delay_ms\" or \"duplicate_after_ms\"");
    case C::PortRangeShape: return Texts::tr("expected [first, last], an array of 2 port numbers");
    case C::PortRangeOrder: return Texts::tr("first port %1 is after last port %2");
    case C::RateNotPositive: return Texts::tr("must be greater than 0");
    //: rate_per_s is a lesson-file field: keep it. %1 connections, %2 the limit.
    case C::TooManyConnections: return Texts::tr("rate_per_s x duration gives %1 connections, more than %2");
    //: "load" and "actions" are lesson-file keys: keep them.
    case C::LoadWithActions: return Texts::tr("a lesson with \"load\" has no \"actions\"");
    //: %1 the file's size, %2 the limit, both in bytes.
    case C::TooLarge: return Texts::tr("file is larger than 1 MiB (%1 bytes); lesson files are limited to %2 bytes");
    //: %1 is the system's description of the error, in English.
    case C::CannotOpen: return Texts::tr("cannot open: %1");
    //: %1 is the system's description of the error, in English.
    case C::CannotRead: return Texts::tr("cannot read: %1");
    case C::IsDirectory: return Texts::tr("cannot read: it is a directory");
    case C::NotRegularFile: return Texts::tr("cannot read: not a regular file (a pipe, a device or a socket)");
    }
    return {};
}

// lessonErrorMessage substitutes at most three arguments.
static_assert(std::all_of(kLessonErrorCodes.begin(), kLessonErrorCodes.end(),
                          [](const LessonErrorInfo& i) { return i.argCount <= 3; }));

} // namespace

QString Texts::lessonErrorMessage(LessonErrorCode code, const std::vector<std::string>& args) {
    QStringList a;
    for (const std::string& arg : args) a << (argIsKind(code) ? kindWord(arg) : QString::fromStdString(arg));
    QString p = pattern(code);
    // One pass for all arguments: an argument holding "%2" (text from the file) is not replaced.
    switch (a.size()) {
    case 0: return p;
    case 1: return p.arg(a[0]);
    case 2: return p.arg(a[0], a[1]);
    default: return p.arg(a[0], a[1], a[2]);
    }
}

QString Texts::lessonError(const LessonError& e) {
    QString line = QString::fromStdString(e.file);
    if (e.line > 0) line += QStringLiteral(":%1:%2").arg(e.line).arg(e.column);
    line += QStringLiteral(": ");
    if (!e.field.empty()) line += QString::fromStdString(e.field) + QStringLiteral(": ");
    line += lessonErrorMessage(e.code, e.args);
    // One line whatever the file name or the file holds.
    return QString::fromStdString(escapedControls(line.toStdString()));
}

} // namespace hl::ui
