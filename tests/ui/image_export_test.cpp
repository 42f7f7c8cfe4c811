// Chart/diagram export: a valid PNG or SVG on success; on failure an error text and the old file
// exactly as it was (QSaveFile writes a temporary file and renames it only when complete).
#include "tests/unprivileged.h"
#include "ui/window/image_export.h"

#include <QDir>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

namespace hl::ui {
namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct Picture {
    QLabel label{QStringLiteral("SYN → SYN,ACK → ACK")};
    Picture() {
        label.resize(240, 80);
        label.setStyleSheet(QStringLiteral("background: white; color: black;"));
    }
};

TEST(ImageExport, WritesAPngOfTheWidgetsSize) {
    QTemporaryDir dir;
    Picture pic;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    EXPECT_EQ(saveImage(&pic.label, path), QString());
    QImage img;
    ASSERT_TRUE(img.load(path, "PNG"));
    EXPECT_EQ(img.size(), pic.label.size() * pic.label.devicePixelRatio());
}

TEST(ImageExport, WritesAValidSvg) {
    QTemporaryDir dir;
    Picture pic;
    const QString path = dir.filePath(QStringLiteral("chart.SVG"));
    EXPECT_EQ(saveImage(&pic.label, path), QString());
    QSvgRenderer svg(path);
    EXPECT_TRUE(svg.isValid());
    EXPECT_EQ(svg.viewBox(), QRect(0, 0, 240, 80));
    EXPECT_TRUE(readAll(path).contains("<svg"));
}

TEST(ImageExport, SceneToPngAndSvg) {
    QTemporaryDir dir;
    QGraphicsScene scene(0, 0, 100, 50);
    scene.addRect(10, 10, 30, 20, QPen(Qt::black), QBrush(Qt::red));
    EXPECT_EQ(saveImage(&scene, dir.filePath(QStringLiteral("s.png"))), QString());
    QImage img(dir.filePath(QStringLiteral("s.png")));
    ASSERT_EQ(img.size(), QSize(100, 50));
    EXPECT_EQ(img.pixelColor(20, 20), QColor(Qt::red));
    EXPECT_EQ(img.pixelColor(80, 40), QColor(Qt::white));
    EXPECT_EQ(saveImage(&scene, dir.filePath(QStringLiteral("s.svg"))), QString());
    EXPECT_TRUE(QSvgRenderer(dir.filePath(QStringLiteral("s.svg"))).isValid());
}

TEST(ImageExport, UnknownSuffixIsAnErrorAndTouchesNothing) {
    QTemporaryDir dir;
    Picture pic;
    const QString path = dir.filePath(QStringLiteral("chart.jpg"));
    writeFile(path, "old");
    const QString error = saveImage(&pic.label, path);
    EXPECT_TRUE(error.contains(QStringLiteral("chart.jpg"))) << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("old"));
}

TEST(ImageExport, MissingFolderIsAnError) {
    QTemporaryDir dir;
    Picture pic;
    const QString error = saveImage(&pic.label, dir.filePath(QStringLiteral("no/such/folder/c.png")));
    EXPECT_FALSE(error.isEmpty());
}

// As root (CI) the save runs as "nobody" (tests/unprivileged.h): permissions bite there too.
TEST(ImageExport, ReadOnlyFolderKeepsTheOldFile) {
    QTemporaryDir dir;
    Picture pic;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    writeFile(path, "old picture");
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QString error;
    {
        const test::UnprivilegedScope unprivileged;
        ASSERT_FALSE(QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly))
            << "the folder is still writable: the test would prove nothing";
        error = saveImage(&pic.label, path);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("chart.png"))) << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("old picture"));
}

// A write that fails half-way (here: the file-size limit, which binds root too) must not replace
// the old file with a truncated image.
TEST(ImageExport, FailedWriteKeepsTheOldFile) {
    QTemporaryDir dir;
    Picture pic;
    pic.label.resize(600, 400);
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    writeFile(path, "old picture");
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    void (*oldHandler)(int) = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 200; // bytes: less than any SVG of the label
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = saveImage(&pic.label, path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(path), QByteArray("old picture"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("chart.svg")}) << "no temporary left";
}

} // namespace
} // namespace hl::ui
