# parley_options: an INTERFACE target carrying warnings and sanitizer flags. Every parley target links
# it PRIVATE, so the flags never leak to users of the libraries and nothing edits CMAKE_CXX_FLAGS.
add_library(parley_options INTERFACE)
target_compile_options(parley_options INTERFACE
  -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast -Wshadow)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports impossible std::string memcpy overlaps at -O2/-O3 (GCC bug 105329).
  target_compile_options(parley_options INTERFACE -Wno-restrict)
endif()
if(PARLEY_WERROR)
  target_compile_options(parley_options INTERFACE -Werror)
endif()
if(PARLEY_FUZZ)
  # Coverage for libFuzzer in every library, plus the sanitizers that turn silent memory errors
  # into findings. The fuzz targets themselves link -fsanitize=fuzzer (libFuzzer's main).
  target_compile_options(parley_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(parley_options INTERFACE -fsanitize=address,undefined)
elseif(PARLEY_SANITIZE)
  target_compile_options(parley_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(parley_options INTERFACE -fsanitize=address,undefined)
endif()
