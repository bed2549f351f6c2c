# Configures the tree with clang++, core only, sanitizers and libFuzzer's coverage
# instrumentation on, and builds the fuzz targets (see CMakeLists.txt here).
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
            -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
            -DCAPEXLENS_CORE_ONLY=ON -DCAPEXLENS_FUZZ=ON -DCAPEXLENS_BENCHMARKS=OFF -DCAPEXLENS_WERROR=OFF
            "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
            "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
    RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz build with ${CLANGXX} failed")
endif()
list(TRANSFORM TARGETS PREPEND fuzz_)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${TARGETS} --parallel 2
                RESULT_VARIABLE built)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "building the fuzz targets failed")
endif()
