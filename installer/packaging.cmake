# CPack: a Debian package of the GUI, the CLI, the desktop entry and the icon.
# Build it from the build tree with `cpack -G DEB` (see README).
install(FILES ${CMAKE_SOURCE_DIR}/installer/omniconsole.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/omniconsole.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/omniconsole-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME omniconsole.png)
endforeach()
# Debian's documentation folder is named after the package, not the CMake project.
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/omniconsole)
# The default conversation test suites are built into the program (`chat-test --default`, the app's
# "Default suite"); the files and their format ship as examples to copy for a shop's own suites.
install(FILES ${CMAKE_SOURCE_DIR}/resources/dialogue/default_suite_en.json
              ${CMAKE_SOURCE_DIR}/resources/dialogue/default_suite_zh.json
              ${CMAKE_SOURCE_DIR}/docs/dialogue-suites.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/omniconsole/dialogue-suites)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "omniconsole")
set(CPACK_PACKAGE_VENDOR "OmniConsole developers")
set(CPACK_PACKAGE_CONTACT "OmniConsole developers <omniconsole@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "omniconsole")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-3.0-or-later")
# dpkg-shlibdeps derives the exact library dependencies (Qt 6, QCustomPlot, LibTorch, SQLite, ICU's
# libicu72) from the binaries. OpenBLAS is not linked directly but makes LibTorch ~25x faster, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Unifies customers across channels, previews recommendations, generates grounded\nproduct copy, simulates customer-service dialogues and charts engagement, with a\nlocal SQLite store and an embedded LibTorch inference core.")
include(CPack)
