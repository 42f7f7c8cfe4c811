// Every file the app and the command-line tool save is written through writeFileAtomically: a
// temporary file beside the target, flushed to disk and renamed over it (QSaveFile), so a reader
// sees the old file or the new one, never half of one, and a failed save leaves the old file as it
// was. Saving onto a symbolic link writes the file it points to and keeps the link; an existing
// file keeps its permissions (both QSaveFile's behaviour, tested in tests/ui/atomic_file_test.cpp).
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hl::ui {

// Why a save failed: the step (a code, worded by what()) and the system's reason.
struct SaveFailure {
    enum class Step {
        Open,    // no temporary file could be made beside the target (or the target is a folder)
        Write,   // writing the temporary file failed (disk full, file too large)
        Replace, // flushing it to disk or renaming it over the target failed
    };
    Step step = Step::Open;
    QString reason; // QSaveFile's error string (the system's words)

    // The step in the user's language, then the reason: "cannot write the file: File too large".
    QString what() const;
};

std::optional<SaveFailure> writeFileAtomically(const QString& path, QByteArrayView bytes);

// A failed save as one sentence for a dialog: Cannot save "PATH": WHAT.
QString cannotSave(const QString& path, const SaveFailure& failure);

class AtomicFileText {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::AtomicFile)
};

} // namespace hl::ui
