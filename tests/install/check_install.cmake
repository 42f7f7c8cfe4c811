# `cmake --install` into a temporary prefix, then checks that what a desktop user needs is there
# (issue 11): both programs, the desktop entry, AppStream data, the MIME type, the icon at every
# hicolor size (read from each PNG's header), the manual pages, the lessons, the Debian docs.
# Run by ctest as: cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DPREFIX=... -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
  OUTPUT_QUIET RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(errors "")
function(expect condition message)
  if(NOT ${condition})
    set(errors "${errors}\n  ${message}" PARENT_SCOPE)
  endif()
endfunction()

set(id org.handshakelab.HandshakeLab)
set(share "${PREFIX}/share")
foreach(f bin/handshakelab bin/handshakelab-cli
          share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
          share/mime/packages/handshakelab.xml share/icons/hicolor/scalable/apps/${id}.svg
          share/man/man1/handshakelab.1.gz share/man/man1/handshakelab-cli.1.gz
          share/doc/handshakelab/copyright share/doc/handshakelab/changelog.gz)
  set(present FALSE)
  if(EXISTS "${PREFIX}/${f}")
    set(present TRUE)
  endif()
  expect(present "missing: ${f}")
endforeach()

# Each PNG is as wide and as high as the folder it is in says (IHDR: bytes 16-23, big-endian).
foreach(size 16 22 24 32 48 64 128 256 512)
  set(png "${share}/icons/hicolor/${size}x${size}/apps/${id}.png")
  if(EXISTS "${png}")
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 magic)
    string(SUBSTRING "${header}" 32 8 width)
    string(SUBSTRING "${header}" 40 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    set(ok FALSE)
    if(magic STREQUAL "89504e470d0a1a0a" AND width EQUAL size AND height EQUAL size)
      set(ok TRUE)
    endif()
    expect(ok "${size}x${size} icon is ${width}x${height} (magic ${magic})")
  else()
    expect(FALSE "missing: ${size}x${size} icon")
  endif()
endforeach()

# Every built-in lesson, and nothing else.
file(GLOB sources RELATIVE "${SOURCE_DIR}/resources/lessons" "${SOURCE_DIR}/resources/lessons/*.json")
file(GLOB installed RELATIVE "${share}/handshakelab/lessons" "${share}/handshakelab/lessons/*")
list(SORT sources)
list(SORT installed)
set(same FALSE)
if(sources STREQUAL installed)
  set(same TRUE)
endif()
expect(same "installed lessons differ from resources/lessons")

# The desktop entry: English and Korean name and comment, the categories, the lesson type.
file(READ "${share}/applications/${id}.desktop" desktop)
foreach(line "Name=" "Name\\[ko\\]=" "Comment=" "Comment\\[ko\\]=" "Categories=Education;Network;"
             "MimeType=application/x-handshakelab-lesson;" "Icon=${id}" "Exec=handshakelab %f")
  set(found FALSE)
  if(desktop MATCHES "\n${line}")
    set(found TRUE)
  endif()
  expect(found "desktop entry has no line ${line}")
endforeach()

# The installed programs run from the prefix.
execute_process(COMMAND "${PREFIX}/bin/handshakelab-cli" --version OUTPUT_VARIABLE cli_version RESULT_VARIABLE result)
set(ok FALSE)
if(result EQUAL 0 AND cli_version STREQUAL "handshakelab-cli ${VERSION}\n")
  set(ok TRUE)
endif()
expect(ok "installed handshakelab-cli --version gave ${result}: ${cli_version}")

file(REMOVE_RECURSE "${PREFIX}")
if(errors)
  message(FATAL_ERROR "install check failed:${errors}")
endif()
message(STATUS "install check passed")
