#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace hl::ui {
namespace {

// Object names that mark our translators among the application's children.
constexpr char kTranslatorTag[] = "hl-translator";
constexpr char kLanguageProperty[] = "hl-language";
constexpr char kSettingsKey[] = "ui/language";

void removeInstalledTranslators(QCoreApplication* app) {
    const auto children = app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorTag),
                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator* t : children) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// Loads `file` from `dir` into a new translator owned by the application; null if not found.
QTranslator* loadTranslator(QCoreApplication* app, const QString& file, const QString& dir) {
    auto* t = new QTranslator(app);
    t->setObjectName(QString::fromLatin1(kTranslatorTag));
    if (t->load(file, dir)) return t;
    delete t;
    return nullptr;
}

} // namespace

QStringList Language::available() { return {QStringLiteral("en"), QStringLiteral("ko")}; }

bool Language::isSupported(const QString& code) { return available().contains(code); }

QString Language::displayName(const QString& code) {
    if (code == QLatin1String("ko")) return QStringLiteral("한국어");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    return code;
}

QString Language::systemDefault() {
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString Language::startupLanguage(const QString& saved) {
    return isSupported(saved) ? saved : systemDefault();
}

bool Language::install(const QString& code) {
    auto* app = QCoreApplication::instance();
    if (!app || !isSupported(code)) return false;
    removeInstalledTranslators(app);
    // Qt's own strings first, ours last: the translator installed last is searched first.
    if (code != QLatin1String("en")) {
        if (auto* qt = loadTranslator(app, QStringLiteral("qtbase_") + code,
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        if (auto* ours = loadTranslator(app, QStringLiteral("handshakelab_") + code, QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(ours);
    }
    app->setProperty(kLanguageProperty, code);
    return true;
}

QString Language::current() {
    const auto* app = QCoreApplication::instance();
    const QString code = app ? app->property(kLanguageProperty).toString() : QString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString Language::saved() {
    const QString code = QSettings().value(QString::fromLatin1(kSettingsKey)).toString();
    return isSupported(code) ? code : QString();
}

void Language::save(const QString& code) {
    if (isSupported(code)) QSettings().setValue(QString::fromLatin1(kSettingsKey), code);
}

} // namespace hl::ui
