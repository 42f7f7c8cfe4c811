#include "ui/window/gui_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace hl::ui {

std::variant<GuiOptions, QString> parseGuiOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hl::ui::GuiOptions", "Step through TCP connection opening and closing."));
    const QCommandLineOption lesson(
        QStringLiteral("lesson"), QCoreApplication::translate("hl::ui::GuiOptions", "Built-in lesson id or lesson file."),
        QStringLiteral("id|file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Render the window to a PNG file and exit."),
        QStringLiteral("out.png"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QCoreApplication::translate("hl::ui::GuiOptions", "Go to this step (0 = start)."),
                                  QStringLiteral("n"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("hl::ui::GuiOptions", "Interface language: en or ko."),
                                  QStringLiteral("en|ko"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("hl::ui::GuiOptions", "Window size, e.g. 1600x1000."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption bilingual(
        QStringLiteral("bilingual"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Show the narration and the glossary in both languages."));
    const QCommandLineOption glossary(
        QStringLiteral("glossary"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Open the glossary at a term, e.g. SYN or TIME_WAIT."),
        QStringLiteral("term"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Start in presentation mode (large type)."));
    const QCommandLineOption predict(
        QStringLiteral("predict"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Start in predict mode: a question before each step."));
    const QCommandLineOption answer(
        QStringLiteral("answer"),
        QCoreApplication::translate("hl::ui::GuiOptions",
                                    "In predict mode, answer the waiting question (repeatable; for screenshots)."),
        QStringLiteral("text"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Colour theme: light, dark or high-contrast."),
        QStringLiteral("light|dark|high-contrast"));
    parser.addOptions({lesson, screenshot, step, lang, size, bilingual, glossary, presentation, predict, answer, theme});
    // A file manager (the desktop entry's Exec=handshakelab %f) passes the lesson file alone.
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        QCoreApplication::translate("hl::ui::GuiOptions", "Built-in lesson id or lesson file, as --lesson."),
        QStringLiteral("[id|file]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments)) return parser.errorText();
    if (parser.isSet(help) || parser.isSet(version)) {
        GuiOptions info;
        info.infoText = parser.isSet(help) ? parser.helpText()
                                           : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                                           QCoreApplication::applicationVersion());
        return info;
    }
    // At most one lesson: one positional argument, or --lesson.
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowed = parser.isSet(lesson) ? 0 : 1;
    if (positional.size() > allowed)
        return QCoreApplication::translate("hl::ui::GuiOptions", "Unexpected argument: %1").arg(positional.at(allowed));

    GuiOptions out;
    out.lesson = positional.isEmpty() ? parser.value(lesson) : positional.first();
    out.screenshot = parser.value(screenshot);
    out.bilingual = parser.isSet(bilingual);
    out.presentation = parser.isSet(presentation);
    out.predict = parser.isSet(predict) || parser.isSet(answer);
    out.answers = parser.values(answer);
    out.glossaryTerm = parser.value(glossary);
    if (parser.isSet(step)) {
        bool ok = false;
        const int n = parser.value(step).toInt(&ok);
        if (!ok || n < 0)
            return QCoreApplication::translate("hl::ui::GuiOptions", "--step needs a number of 0 or more, not \"%1\"")
                .arg(parser.value(step));
        out.step = n;
    }
    if (parser.isSet(lang)) {
        out.language = parser.value(lang);
        if (out.language != QLatin1String("en") && out.language != QLatin1String("ko"))
            return QCoreApplication::translate("hl::ui::GuiOptions", "--lang must be en or ko, not \"%1\"").arg(out.language);
    }
    if (parser.isSet(theme)) {
        out.theme = themeFromKey(parser.value(theme));
        if (!out.theme)
            return QCoreApplication::translate("hl::ui::GuiOptions",
                                               "--theme must be light, dark or high-contrast, not \"%1\"")
                .arg(parser.value(theme));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 8192 || h > 8192)
            return QCoreApplication::translate("hl::ui::GuiOptions",
                                               "--size must look like 1600x1000 (320x240 to 8192x8192), not \"%1\"")
                .arg(parser.value(size));
        out.size = QSize(w, h);
    }
    return out;
}

} // namespace hl::ui
