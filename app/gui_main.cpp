// The HandshakeLab window. All the work is in ui/; this only reads the command line.
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/load/load_view.h"
#include "ui/quiz/predict_mode.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/window/gui_options.h"
#include "ui/window/hangul_font.h"
#include "ui/window/image_export.h"
#include "ui/window/main_window.h"
#include "ui/window/settings_file.h"

#include <QApplication>
#include <QHashSeed>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <climits>
#include <cstdio>
#include <variant>

int main(int argc, char** argv) {
    // The export pack's PDFs come out byte for byte the same only with a fixed QHash seed (Qt's
    // PDF writer orders its fonts by a QHash); a desktop app hashes no untrusted input at scale.
    QHashSeed::setDeterministicGlobalSeed();
    QApplication::setOrganizationName(QStringLiteral("HandshakeLab"));
    QApplication::setApplicationName(QStringLiteral("HandshakeLab"));
    QApplication::setApplicationVersion(QStringLiteral(HL_VERSION));

    // The command line is read before the QApplication exists: a QApplication aborts when it
    // cannot open a display, and --help, --version or a bad option must answer on any terminal.
    std::variant<hl::ui::GuiOptions, QString> parsed;
    {
        QCoreApplication noDisplay(argc, argv);
        parsed = hl::ui::parseGuiOptions(QCoreApplication::arguments());
    }
    if (const auto* error = std::get_if<QString>(&parsed)) {
        QTextStream(stderr) << *error << '\n';
        return 2;
    }
    const auto& options = std::get<hl::ui::GuiOptions>(parsed);
    if (!options.infoText.isEmpty()) {
        QTextStream(stdout) << options.infoText;
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/handshakelab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.handshakelab.HandshakeLab")); // its .desktop entry
    hl::ui::HangulFont::apply(app); // Korean text must never show as boxes
    // Every QSettings() of the app writes through our checked format (a full disk keeps the old file).
    QSettings::setDefaultFormat(hl::ui::checkedSettingsFormat());

    const bool screenshot = !options.screenshot.isEmpty();
    // --lang wins; otherwise the remembered choice, else the system's language. A screenshot is
    // reproducible: it neither reads nor writes the user's settings (English unless --lang).
    QString language = options.language;
    if (language.isEmpty())
        language = screenshot ? QStringLiteral("en") : hl::ui::Language::startupLanguage(hl::ui::Language::saved());
    hl::ui::Language::install(language);

    hl::ui::MainWindow::Options windowOptions;
    windowOptions.useSettings = !screenshot;
    hl::ui::MainWindow window(windowOptions);
    if (!options.lesson.isEmpty()) {
        // A capture (handshakelab capture.pcapng) opens as one; anything else is a lesson.
        const QString error = window.openFile(options.lesson);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
        // A large lesson runs on the worker thread; a screenshot or a step needs its trace first.
        if (screenshot || options.step) window.session()->waitForRun(INT_MAX);
    } else {
        window.openStartupLesson();
    }
    if (options.theme) window.setTheme(*options.theme);
    if (options.size) window.resize(*options.size);
    if (options.step) {
        // In a load lesson a step is a sample (a second) of its run, once the run is in (issue 15).
        if (window.isLoadMode() && window.loadView()->waitForIdle(120000))
            window.loadSession()->player()->setStep(static_cast<size_t>(*options.step));
        else
            window.session()->setStep(static_cast<size_t>(*options.step));
    }
    if (options.bilingual) window.setBilingual(true);
    if (options.presentation) window.setPresentationMode(true);
    if (options.predict) {
        window.setPredictMode(true);
        for (const QString& a : options.answers) {
            window.session()->goToEnd(); // as far as the run is revealed: the waiting question
            if (window.predictMode()->isClassMode())
                window.predictMode()->reveal();
            else
                window.predictMode()->answer(a);
        }
        if (!options.answers.isEmpty()) window.session()->goToEnd(); // on to the next question
    }

    window.show();
    // After show(): the glossary is a tab, and a tab is chosen once the window exists.
    if (!options.glossaryTerm.isEmpty()) window.showGlossary(options.glossaryTerm);
    if (screenshot) {
        window.settleForScreenshot();
        const QString error = hl::ui::saveImage(&window, options.screenshot);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        return 0;
    }
    return app.exec();
}
