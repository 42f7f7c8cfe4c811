#pragma once
// The interface language: installs HandshakeLab's translator (embedded under :/i18n) and Qt's own
// qtbase translations for one language code, "en" or "ko". Qt Core only (the CLI uses it too).
//
// install() makes Qt send QEvent::LanguageChange to every widget; widgets react with
// retranslateUi(). The translator is a child of the QCoreApplication (no globals), so a
// QCoreApplication must exist before any call here.
#include <QString>
#include <QStringList>

#include <functional>

namespace hl::ui {

class Language {
public:
    static QStringList available(); // {"en", "ko"}
    static bool isSupported(const QString& code);
    static QString displayName(const QString& code); // "English", "한국어" (each in itself)
    // "ko" when the system locale's language is Korean, else "en".
    static QString systemDefault();
    // The language to start with: `saved` if supported (the remembered choice), else the system's.
    static QString startupLanguage(const QString& saved = {});

    // Replaces the installed translators by those of `code`; returns false (and changes nothing)
    // for an unsupported code. English installs no app translator: the sources are English.
    static bool install(const QString& code);
    // The last installed code ("en" before any install); inside translatedIn(), that call's code.
    static QString current();

    // Runs `render` with every tr() answering in `code` instead of the current language, without
    // changing the interface language or sending LanguageChange: for bilingual captions, e.g.
    //   Language::translatedIn("ko", [&] { return Texts::stepNarration(trace, step); })
    // Needs a prior install(); otherwise (or for an unsupported code) just runs `render`.
    static QString translatedIn(const QString& code, const std::function<QString()>& render);

    // The remembered choice (QSettings key "ui/language"); empty when none.
    static QString saved();
    static void save(const QString& code);
};

} // namespace hl::ui
