#include "ui/export/gif_writer.h"

#include <gif_lib.h>

#include <QColor>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

namespace hl::ui {
namespace {

int appendBytes(GifFileType* gif, const GifByteType* data, int length) {
    static_cast<QByteArray*>(gif->UserData)->append(reinterpret_cast<const char*>(data), length);
    return length;
}

// The 256 colours used most across all frames (ties: the smaller RGB value first), so that the
// flat areas, lines and text of a slide keep their exact colours; antialiasing maps to the nearest.
QVector<QRgb> paletteOf(const std::vector<QImage>& frames) {
    std::unordered_map<QRgb, qint64> counts;
    for (const QImage& f : frames)
        for (int y = 0; y < f.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(f.constScanLine(y));
            for (int x = 0; x < f.width(); ++x) ++counts[line[x] | 0xff000000u];
        }
    std::vector<std::pair<QRgb, qint64>> byUse(counts.begin(), counts.end());
    std::sort(byUse.begin(), byUse.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QVector<QRgb> palette;
    for (size_t i = 0; i < byUse.size() && palette.size() < 256; ++i) palette << byUse[i].first;
    while (palette.size() < 256) palette << qRgb(0, 0, 0); // GIF colour tables are powers of two
    return palette;
}

// The smallest rectangle where `a` and `b` differ (1x1 at the origin when they are equal: a GIF
// frame cannot be empty).
QRect changedRect(const QImage& a, const QImage& b) {
    int top = a.height(), bottom = -1, left = a.width(), right = -1;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* la = a.constScanLine(y);
        const uchar* lb = b.constScanLine(y);
        if (std::memcmp(la, lb, static_cast<size_t>(a.width())) == 0) continue;
        top = std::min(top, y);
        bottom = y;
        for (int x = 0; x < a.width(); ++x)
            if (la[x] != lb[x]) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    }
    if (bottom < 0) return {0, 0, 1, 1};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

QString gifError(int code) {
    const char* text = GifErrorString(code);
    return text ? QString::fromLatin1(text) : QString::number(code);
}

} // namespace

QByteArray encodeGif(const std::vector<QImage>& frames, const std::vector<int>& delaysCs, QString* error) {
    if (frames.empty() || delaysCs.size() != frames.size()) {
        *error = QStringLiteral("no frames");
        return {};
    }
    std::vector<QImage> rgb;
    rgb.reserve(frames.size());
    for (const QImage& f : frames) rgb.push_back(f.convertToFormat(QImage::Format_RGB32));
    const QVector<QRgb> palette = paletteOf(rgb);
    std::vector<QImage> indexed;
    indexed.reserve(rgb.size());
    for (const QImage& f : rgb)
        indexed.push_back(f.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither | Qt::AvoidDither));

    QByteArray out;
    int code = 0;
    GifFileType* gif = EGifOpen(&out, appendBytes, &code);
    if (!gif) {
        *error = gifError(code);
        return {};
    }
    const int w = indexed.front().width(), h = indexed.front().height();
    ColorMapObject* map = GifMakeMapObject(256, nullptr);
    for (int i = 0; i < 256; ++i)
        map->Colors[i] = {static_cast<GifByteType>(qRed(palette[i])), static_cast<GifByteType>(qGreen(palette[i])),
                          static_cast<GifByteType>(qBlue(palette[i]))};
    EGifSetGifVersion(gif, true); // GIF89a: delays and the looping extension
    bool ok = EGifPutScreenDesc(gif, w, h, 8, 0, map) == GIF_OK;
    // NETSCAPE2.0 application extension: loop count 0 = for ever.
    static const GifByteType kLoop[] = {1, 0, 0};
    ok = ok && EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
         EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_OK && EGifPutExtensionBlock(gif, 3, kLoop) == GIF_OK &&
         EGifPutExtensionTrailer(gif) == GIF_OK;
    for (size_t i = 0; ok && i < indexed.size(); ++i) {
        const QImage& f = indexed[i];
        const QRect r = i == 0 ? QRect(0, 0, w, h) : changedRect(indexed[i - 1], f);
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT; // each frame paints over the one before
        gcb.DelayTime = delaysCs[i];
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType ext[4];
        const size_t n = EGifGCBToExtension(&gcb, ext);
        ok = EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(n), ext) == GIF_OK &&
             EGifPutImageDesc(gif, r.x(), r.y(), r.width(), r.height(), false, nullptr) == GIF_OK;
        for (int y = r.top(); ok && y <= r.bottom(); ++y)
            ok = EGifPutLine(gif, const_cast<GifByteType*>(f.constScanLine(y)) + r.x(), r.width()) == GIF_OK;
    }
    const int lastError = gif->Error;
    GifFreeMapObject(map);
    if (EGifCloseFile(gif, &code) != GIF_OK && ok) {
        ok = false;
    }
    if (!ok) {
        *error = gifError(lastError ? lastError : code);
        return {};
    }
    return out;
}

} // namespace hl::ui
