#include "textflag.h"

// func rawVforkSyscall(trap, a1, a2, a3 uintptr) (r1 uintptr, err unix.Errno)
//
// A raw system call for clone with CLONE_VM|CLONE_VFORK, after
// syscall.rawVforkSyscall. The child runs on the parent's stack until its
// execve: if the return address stayed on the stack, the child's own calls
// would overwrite it, and the parent, resumed after the child's execve,
// would return to garbage. So it is held in R12, which the kernel keeps for
// each side, and pushed back after the call.
TEXT ·rawVforkSyscall(SB),NOSPLIT|NOFRAME,$0-48
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	MOVQ	$0, R10
	MOVQ	$0, R8
	MOVQ	$0, R9
	MOVQ	trap+0(FP), AX
	POPQ	R12
	SYSCALL
	PUSHQ	R12
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	MOVQ	$-1, r1+32(FP)
	NEGQ	AX
	MOVQ	AX, err+40(FP)
	RET
ok:
	MOVQ	AX, r1+32(FP)
	MOVQ	$0, err+40(FP)
	RET
