# Builds the .deb of BINARY_DIR with CPack into WORK, unpacks it with dpkg -x and runs the
# capexlens it holds: fails unless the package has the binary, the icon, the desktop entry,
# the MIME type and the metainfo in their places, and the binary prints VERSION.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root")
execute_process(COMMAND cpack --config "${BINARY_DIR}/CPackConfig.cmake" -B "${WORK}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${WORK}/capexlens_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one capexlens_*.deb in ${WORK}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE status)
foreach(needed libqt6widgets6 libqt6charts6 libsqlite3 libxlsxwriter4)
    if(NOT depends MATCHES "${needed}")
        message(FATAL_ERROR "the package's Depends lacks ${needed}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND dpkg -x ${debs} "${WORK}/root" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "dpkg -x failed")
endif()
foreach(path bin/capexlens share/applications/io.github.capexlens.CapexLens.desktop
             share/metainfo/io.github.capexlens.CapexLens.metainfo.xml
             share/mime/packages/io.github.capexlens.CapexLens.xml
             share/icons/hicolor/scalable/apps/capexlens.svg share/icons/hicolor/16x16/apps/capexlens.png
             share/icons/hicolor/512x512/apps/capexlens.png)
    if(NOT EXISTS "${WORK}/root/usr/${path}")
        message(FATAL_ERROR "the package lacks /usr/${path}")
    endif()
endforeach()
execute_process(COMMAND "${WORK}/root/usr/bin/capexlens" --version
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT output MATCHES "${VERSION}" OR NOT errors STREQUAL "")
    message(FATAL_ERROR "the unpacked capexlens --version: status ${status}, output '${output}', stderr '${errors}'")
endif()
message(STATUS "${debs}: installs and runs (${output})")
file(REMOVE_RECURSE "${WORK}")
