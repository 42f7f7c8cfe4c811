#pragma once
// An animated GIF from a list of pictures, with giflib (Debian's libgif-dev: a well-kept encoder;
// Qt reads GIFs but cannot write them). One shared 256-colour palette made of the frames' most
// used colours, each frame after the first stored as the rectangle that changed, looping forever.
// The same frames give the same bytes.
#include <QByteArray>
#include <QImage>
#include <QString>

#include <vector>

namespace hl::ui {

// `delaysCs` holds each frame's time on screen in hundredths of a second (one per frame). All
// frames must have the same size. Returns the file's bytes, or sets `error` (empty bytes).
QByteArray encodeGif(const std::vector<QImage>& frames, const std::vector<int>& delaysCs, QString* error);

} // namespace hl::ui
