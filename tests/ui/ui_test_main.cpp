// Main of the UI test binary: one QApplication for every test, offscreen. The platform is set
// here too because test discovery (gtest_discover_tests) runs the binary without ctest's
// environment. The offscreen screen is a 3840×2160 monitor (its default, 800×600, would make the
// window fit itself to it when shown): tests that check small screens pass their size to
// MainWindow::fitToScreen.
#include <QApplication>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    std::string config;
    if (platform.isEmpty() || platform == "offscreen") {
        config = (std::filesystem::temp_directory_path() / ("hl_ui_tests_screen_" + std::to_string(getpid()) + ".json")).string();
        std::ofstream(config) << R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": 3840, "height": 2160,)"
                                 R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})";
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QByteArray::fromStdString(config));
    }
    int status = 0;
    {
        QApplication app(argc, argv);
        status = RUN_ALL_TESTS();
    }
    if (!config.empty()) std::remove(config.c_str());
    return status;
}
