package syscalls

// Signatures of System V and POSIX IPC calls. Their flags mix names and a
// permission mode, and their control commands choose the struct, so most
// have a decoder of their own in syscalls/decode.
var _ = family(func() {
	register(map[string]*Signature{
		"shmget":          sig(RetInt, aEnum("key", IPCPrivate), aUlong("size"), aDep("shmflg")),
		"shmat":           sig(RetHex, aInt("shmid"), aPtr("shmaddr"), aFlags("shmflg", ShmFlags)),
		"shmdt":           sig(RetInt, aPtr("shmaddr")),
		"shmctl":          sig(RetInt, aInt("shmid"), aEnum("cmd", ShmctlCmds), aDep("buf")),
		"semget":          sig(RetInt, aEnum("key", IPCPrivate), aInt("nsems"), aDep("semflg")),
		"semop":           sig(RetInt, aInt("semid"), aInLen("tsops", Sembuf, 2), aUint("nsops")),
		"semtimedop":      sig(RetInt, aInt("semid"), aInLen("tsops", Sembuf, 2), aUint("nsops"), aIn("timeout", Timespec)),
		"semctl":          sig(RetInt, aInt("semid"), aInt("semnum"), aEnum("cmd", SemctlCmds), aDep("arg")),
		"msgget":          sig(RetInt, aEnum("key", IPCPrivate), aDep("msgflg")),
		"msgsnd":          sig(RetInt, aInt("msqid"), aInLen("msgp", Msgbuf, 2), aUlong("msgsz"), aFlags("msgflg", MsgFlagsIPC)),
		"msgrcv":          sig(RetInt, aInt("msqid"), aOutLen("msgp", Msgbuf, 2), aUlong("msgsz"), aLong("msgtyp"), aFlags("msgflg", MsgFlagsIPC)),
		"msgctl":          sig(RetInt, aInt("msqid"), aEnum("cmd", MsgctlCmds), aDep("buf")),
		"mq_open":         sig(RetFd, aPath("u_name"), Arg{Name: "oflag", Kind: OFlags}, aOct("mode"), aIn("u_attr", MqAttr)),
		"mq_unlink":       sig(RetInt, aPath("u_name")),
		"mq_timedsend":    sig(RetInt, aFd("mqdes"), aBufIn("u_msg_ptr", 2), aUlong("msg_len"), aUint("msg_prio"), aIn("u_abs_timeout", Timespec)),
		"mq_timedreceive": sig(RetInt, aFd("mqdes"), aBufOut("u_msg_ptr", LenRet), aUlong("msg_len"), aOut("u_msg_prio", UintPtr), aIn("u_abs_timeout", Timespec)),
		"mq_notify":       sig(RetInt, aFd("mqdes"), aIn("u_notification", Sigevent)),
		"mq_getsetattr":   sig(RetInt, aFd("mqdes"), aIn("u_mqstat", MqAttr), aOut("u_omqstat", MqAttr)),
		// i386's multiplexer, which strace shows as the call it makes.
		"ipc": sig(RetInt, aEnum("call", IpcCalls), aInt("first"), aUlong("second"), aUlong("third"), aPtr("ptr"), aLong("fifth")),

		// i386's 64-bit time calls.
		"semtimedop_time64":      sig(RetInt, aInt("semid"), aInLen("tsops", Sembuf, 2), aUint("nsops"), aIn("timeout", Timespec64)),
		"mq_timedsend_time64":    sig(RetInt, aFd("mqdes"), aBufIn("u_msg_ptr", 2), aUlong("msg_len"), aUint("msg_prio"), aIn("u_abs_timeout", Timespec64)),
		"mq_timedreceive_time64": sig(RetInt, aFd("mqdes"), aBufOut("u_msg_ptr", LenRet), aUlong("msg_len"), aOut("u_msg_prio", UintPtr), aIn("u_abs_timeout", Timespec64)),
	})
})
