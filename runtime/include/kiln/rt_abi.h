/*
 * rt_abi.h — C prototypes of the runtime ABI that compiled code calls.
 *
 * Generated from rt_abi.def so that the runtime's definitions, the C callers
 * and the compiler's LLVM declarations cannot drift apart.
 */
#ifndef KILN_RT_ABI_H
#define KILN_RT_ABI_H

#include "kiln/value.h"

#ifdef __cplusplus
extern "C" {
#endif

#define RT_FN(name, c_ret, c_params, code_ret, codes) c_ret name c_params;
#include "kiln/rt_abi.def"
#undef RT_FN

#ifdef __cplusplus
}
#endif
#endif /* KILN_RT_ABI_H */
