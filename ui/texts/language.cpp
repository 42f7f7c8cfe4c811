#include "ui/texts/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <utility>

namespace hl::ui {
namespace {

constexpr char kTranslatorName[] = "hl-translator";
constexpr char kLanguageProperty[] = "hl-language";
constexpr char kSettingsKey[] = "ui/language";

// The one translator HandshakeLab installs. It holds the catalogues of every language and answers
// in the current one, or in an override while Language::translatedIn runs: so a bilingual caption
// can be rendered in the other language without reinstalling anything (which would make every
// widget retranslate). A child of the application object, found by name: no globals.
class SwitchingTranslator : public QTranslator {
public:
    explicit SwitchingTranslator(QObject* parent) : QTranslator(parent) {
        setObjectName(QString::fromLatin1(kTranslatorName));
    }

    // A language's catalogues are read when it is first used (current or rendered in), not at
    // start-up: an English window never reads the Korean ones (issue 12 point 8).
    void setCurrent(const QString& code) {
        current_ = index(code);
        loadOnce(current_);
    }
    int setOverride(int language) {
        if (language >= 0) loadOnce(language);
        return std::exchange(override_, language);
    }
    int overridden() const { return override_; }
    static int index(const QString& code) { return code == QLatin1String("ko") ? 1 : 0; }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
        const Catalogue& c = catalogues_[override_ >= 0 ? override_ : current_];
        for (const auto* t : {c.app.get(), c.qt.get()}) {
            if (!t) continue;
            QString r = t->translate(context, source, disambiguation, n);
            if (!r.isNull()) return r;
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    struct Catalogue {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt;
        bool loaded = false;
    };

    void loadOnce(int language) {
        Catalogue& c = catalogues_[language];
        if (c.loaded) return;
        c.loaded = true;
        const QString code = Language::available().at(language);
        c.app = load(QStringLiteral("handshakelab_") + code, QStringLiteral(":/i18n"));
        if (code != QLatin1String("en"))
            c.qt = load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    static std::unique_ptr<QTranslator> load(const QString& file, const QString& dir) {
        auto t = std::make_unique<QTranslator>();
        return t->load(file, dir) ? std::move(t) : nullptr;
    }

    Catalogue catalogues_[2]; // en, ko
    int current_ = 0;
    int override_ = -1;
};

SwitchingTranslator* findTranslator() {
    auto* app = QCoreApplication::instance();
    if (!app) return nullptr;
    for (QTranslator* t : app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName), Qt::FindDirectChildrenOnly))
        if (auto* s = dynamic_cast<SwitchingTranslator*>(t)) return s;
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

QString Language::startupLanguage(const QString& saved) { return isSupported(saved) ? saved : systemDefault(); }

bool Language::install(const QString& code) {
    auto* app = QCoreApplication::instance();
    if (!app || !isSupported(code)) return false;
    SwitchingTranslator* t = findTranslator();
    if (!t) {
        t = new SwitchingTranslator(app);
        t->setCurrent(code);
        QCoreApplication::installTranslator(t); // sends LanguageChange
    } else {
        t->setCurrent(code);
        QEvent change(QEvent::LanguageChange); // what installTranslator would send
        QCoreApplication::sendEvent(app, &change);
    }
    app->setProperty(kLanguageProperty, code);
    return true;
}

QString Language::current() {
    // Inside translatedIn() the language being rendered counts as current, so that texts that
    // pick a language themselves (a lesson's en/ko title) follow tr().
    if (const SwitchingTranslator* t = findTranslator(); t && t->overridden() >= 0)
        return available().at(t->overridden());
    const auto* app = QCoreApplication::instance();
    const QString code = app ? app->property(kLanguageProperty).toString() : QString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString Language::translatedIn(const QString& code, const std::function<QString()>& render) {
    SwitchingTranslator* t = findTranslator();
    if (!t || !isSupported(code)) return render();
    const int previous = t->setOverride(SwitchingTranslator::index(code));
    QString out = render();
    t->setOverride(previous);
    return out;
}

QString Language::saved() {
    const QString code = QSettings().value(QString::fromLatin1(kSettingsKey)).toString();
    return isSupported(code) ? code : QString();
}

void Language::save(const QString& code) {
    if (isSupported(code)) QSettings().setValue(QString::fromLatin1(kSettingsKey), code);
}

} // namespace hl::ui
