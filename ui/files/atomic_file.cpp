#include "ui/files/atomic_file.h"

#include <QSaveFile>

namespace hl::ui {

QString SaveFailure::what() const {
    switch (step) {
    //: %1 is the system's reason, e.g. "Permission denied".
    case Step::Open: return AtomicFileText::tr("cannot start writing it: %1").arg(reason);
    //: %1 is the system's reason, e.g. "No space left on device".
    case Step::Write: return AtomicFileText::tr("cannot write the file: %1").arg(reason);
    //: %1 is the system's reason. The old file is still there, unchanged.
    case Step::Replace: return AtomicFileText::tr("cannot put the new file in place of the old one: %1").arg(reason);
    }
    return reason;
}

QString cannotSave(const QString& path, const SaveFailure& failure) {
    //: %1 a file name, %2 what failed and why (for example "cannot write the file: File too large").
    return AtomicFileText::tr("Cannot save \"%1\": %2").arg(path, failure.what());
}

std::optional<SaveFailure> writeFileAtomically(const QString& path, QByteArrayView bytes) {
    QSaveFile file(path);
    // Unbuffered: a write error (a full disk) is reported by write() as a write error, not later by
    // commit() as if the rename had failed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return SaveFailure{SaveFailure::Step::Open, file.errorString()};
    // A write that stops short (the file-size limit reached) reports no error; the next write
    // fails and says why, so write until all is written or a write fails.
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            SaveFailure failure{SaveFailure::Step::Write, file.errorString()};
            file.cancelWriting(); // the temporary file is removed, the old file untouched
            return failure;
        }
        done += n;
    }
    if (!file.commit()) return SaveFailure{SaveFailure::Step::Replace, file.errorString()};
    return std::nullopt;
}

} // namespace hl::ui
