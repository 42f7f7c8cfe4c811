// The UI tests' main: widgets need a QApplication before any test runs (gtest_main has none).
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // ctest sets QT_QPA_PLATFORM=offscreen; running the binary by hand should work too.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
