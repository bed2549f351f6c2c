# Configures the tree with CAPEXLENS_CORE_ONLY and Qt made unfindable, then builds
# core and its tests: any Qt include or link in core/ fails this build.
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
            -DCAPEXLENS_CORE_ONLY=ON -DCAPEXLENS_BENCHMARKS=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON
            -DCMAKE_BUILD_TYPE=Debug -DCAPEXLENS_WERROR=ON
    RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring the Qt-free core build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target core_tests --parallel 2
                RESULT_VARIABLE built)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "building core without Qt failed")
endif()
message(STATUS "core and core_tests build without Qt")
