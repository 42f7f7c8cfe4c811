# The mains' sources, once: app/CMakeLists.txt builds them and ui/CMakeLists.txt hands them to
# lupdate (their strings are translated with ui/'s).
set(HL_GUI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/gui_main.cpp)
set(HL_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/cli_args.h
  ${CMAKE_CURRENT_LIST_DIR}/cli_args.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_capture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_commands.h
  ${CMAKE_CURRENT_LIST_DIR}/cli_commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_ladder.h
  ${CMAKE_CURRENT_LIST_DIR}/cli_ladder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_main.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_quiz.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_width.h
  ${CMAKE_CURRENT_LIST_DIR}/cli_width.cpp)
