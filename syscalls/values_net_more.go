package syscalls

// Named constants for the socket, file and mount calls that
// values_net.go and values_file.go do not cover, as strace 6.1 names them
// (its src/xlat/*.in, entry for entry and in its order). Values are
// x86_64's; a negative constant is stored as strace stores it.

// Socket protocols of families other than AF_INET, AF_INET6 and AF_NETLINK
// (socket's third argument).

// AX25Protocols are socket's protocol for AF_AX25. strace prints them in its
// verbose style: the number, then the name in a comment.
var AX25Protocols = &Values{
	Name:    "AX25Protocols",
	Unknown: "AX25_P_???",
	Vals: []Value{
		{1, "AX25_P_ROSE"},
		{6, "AX25_P_VJCOMP"},
		{7, "AX25_P_VJUNCOMP"},
		{8, "AX25_P_SEGMENT"},
		{0xc3, "AX25_P_TEXNET"},
		{0xc4, "AX25_P_LQ"},
		{0xca, "AX25_P_ATALK"},
		{0xcb, "AX25_P_ATALK_ARP"},
		{0xcc, "AX25_P_IP"},
		{0xcd, "AX25_P_ARP"},
		{0xce, "AX25_P_FLEXNET"},
		{0xcf, "AX25_P_NETROM"},
		{0xf0, "AX25_P_TEXT"},
	},
}

// CanProtocols are socket's protocol for AF_CAN.
var CanProtocols = &Values{
	Name:    "CanProtocols",
	Unknown: "CAN_???",
	Vals: []Value{
		{1, "CAN_RAW"},
		{2, "CAN_BCM"},
		{3, "CAN_TP16"},
		{4, "CAN_TP20"},
		{5, "CAN_MCNET"},
		{6, "CAN_ISOTP"},
		{7, "CAN_J1939"},
	},
}

// IrdaProtocols are socket's protocol for AF_IRDA: strace 6.1 looks them up
// in its AF_CAN table (with IRDAPROTO_??? for the rest).
var IrdaProtocols = &Values{
	Name:    "IrdaProtocols",
	Unknown: "IRDAPROTO_???",
	Vals: []Value{
		{1, "CAN_RAW"},
		{2, "CAN_BCM"},
		{3, "CAN_TP16"},
		{4, "CAN_TP20"},
		{5, "CAN_MCNET"},
		{6, "CAN_ISOTP"},
		{7, "CAN_J1939"},
	},
}

// BtProtocols are socket's protocol for AF_BLUETOOTH.
var BtProtocols = &Values{
	Name:    "BtProtocols",
	Unknown: "BTPROTO_???",
	Vals: []Value{
		{0, "BTPROTO_L2CAP"},
		{1, "BTPROTO_HCI"},
		{2, "BTPROTO_SCO"},
		{3, "BTPROTO_RFCOMM"},
		{4, "BTPROTO_BNEP"},
		{5, "BTPROTO_CMTP"},
		{6, "BTPROTO_HIDP"},
		{7, "BTPROTO_AVDTP"},
	},
}

// IsdnProtocols are socket's protocol for AF_ISDN.
var IsdnProtocols = &Values{
	Name:    "IsdnProtocols",
	Unknown: "ISDN_P_???",
	Vals: []Value{
		{0, "ISDN_P_BASE"},
		{1, "ISDN_P_TE_S0"},
		{2, "ISDN_P_NT_S0"},
		{3, "ISDN_P_TE_E1"},
		{4, "ISDN_P_NT_E1"},
		{0x10, "ISDN_P_LAPD_TE"},
		{0x11, "ISDN_P_LAPD_NT"},
		{0x21, "ISDN_P_B_RAW"},
		{0x22, "ISDN_P_B_HDLC"},
		{0x23, "ISDN_P_B_X75SLP"},
		{0x24, "ISDN_P_B_L2DTMF"},
		{0x25, "ISDN_P_B_L2DSP"},
		{0x26, "ISDN_P_B_L2DSPHDLC"},
	},
}

// PhonetProtocols are socket's protocol for AF_PHONET.
var PhonetProtocols = &Values{
	Name:    "PhonetProtocols",
	Unknown: "PN_PROTO_???",
	Vals: []Value{
		{0, "PN_PROTO_TRANSPORT"},
		{1, "PN_PROTO_PHONET"},
		{2, "PN_PROTO_PIPE"},
	},
}

// CaifProtocols are socket's protocol for AF_CAIF.
var CaifProtocols = &Values{
	Name:    "CaifProtocols",
	Unknown: "CAIFPROTO_???",
	Vals: []Value{
		{0, "CAIFPROTO_AT"},
		{1, "CAIFPROTO_DATAGRAM"},
		{2, "CAIFPROTO_DATAGRAM_LOOP"},
		{3, "CAIFPROTO_UTIL"},
		{4, "CAIFPROTO_RFM"},
		{5, "CAIFPROTO_DEBUG"},
	},
}

// NfcProtocols are socket's protocol for AF_NFC.
var NfcProtocols = &Values{
	Name:    "NfcProtocols",
	Unknown: "NFC_SOCKPROTO_???",
	Vals: []Value{
		{0, "NFC_SOCKPROTO_RAW"},
		{1, "NFC_SOCKPROTO_LLCP"},
	},
}

// KcmProtocols are socket's protocol for AF_KCM.
var KcmProtocols = &Values{
	Name:    "KcmProtocols",
	Unknown: "KCMPROTO_???",
	Vals: []Value{
		{0, "KCMPROTO_CONNECTED"},
	},
}

// SmcProtocols are socket's protocol for AF_SMC.
var SmcProtocols = &Values{
	Name:    "SmcProtocols",
	Unknown: "SMCPROTO_???",
	Vals: []Value{
		{0, "SMCPROTO_SMC"},
		{1, "SMCPROTO_SMC6"},
	},
}

// EthernetProtocols are the ETH_P_* protocol numbers: socket's protocol for
// AF_PACKET and sockaddr_ll's sll_protocol, both shown as htons(ETH_P_IP).
// strace's table is sorted by value.
var EthernetProtocols = &Values{
	Name:    "EthernetProtocols",
	Unknown: "ETH_P_???",
	Vals: []Value{
		{1, "ETH_P_802_3"},
		{2, "ETH_P_AX25"},
		{3, "ETH_P_ALL"},
		{4, "ETH_P_802_2"},
		{5, "ETH_P_SNAP"},
		{6, "ETH_P_DDCMP"},
		{7, "ETH_P_WAN_PPP"},
		{8, "ETH_P_PPP_MP"},
		{9, "ETH_P_LOCALTALK"},
		{0xc, "ETH_P_CAN"},
		{0xd, "ETH_P_CANFD"},
		{0xe, "ETH_P_CANXL"},
		{0x10, "ETH_P_PPPTALK"},
		{0x11, "ETH_P_TR_802_2"},
		{0x15, "ETH_P_MOBITEX"},
		{0x16, "ETH_P_CONTROL"},
		{0x17, "ETH_P_IRDA"},
		{0x18, "ETH_P_ECONET"},
		{0x19, "ETH_P_HDLC"},
		{0x1a, "ETH_P_ARCNET"},
		{0x1b, "ETH_P_DSA"},
		{0x1c, "ETH_P_TRAILER"},
		{0x60, "ETH_P_LOOP"},
		{0xf5, "ETH_P_PHONET"},
		{0xf6, "ETH_P_IEEE802154"},
		{0xf7, "ETH_P_CAIF"},
		{0xf8, "ETH_P_XDSA"},
		{0xf9, "ETH_P_MAP"},
		{0xfa, "ETH_P_MCTP"},
		{0x200, "ETH_P_PUP"},
		{0x201, "ETH_P_PUPAT"},
		{0x600, "ETH_P_802_3_MIN"},
		{0x800, "ETH_P_IP"},
		{0x805, "ETH_P_X25"},
		{0x806, "ETH_P_ARP"},
		{0x8ff, "ETH_P_BPQ"},
		{0xa00, "ETH_P_IEEEPUP"},
		{0xa01, "ETH_P_IEEEPUPAT"},
		{0x22eb, "ETH_P_ERSPAN2"},
		{0x22f0, "ETH_P_TSN"},
		{0x4305, "ETH_P_BATMAN"},
		{0x6000, "ETH_P_DEC"},
		{0x6001, "ETH_P_DNA_DL"},
		{0x6002, "ETH_P_DNA_RC"},
		{0x6003, "ETH_P_DNA_RT"},
		{0x6004, "ETH_P_LAT"},
		{0x6005, "ETH_P_DIAG"},
		{0x6006, "ETH_P_CUST"},
		{0x6007, "ETH_P_SCA"},
		{0x6558, "ETH_P_TEB"},
		{0x8035, "ETH_P_RARP"},
		{0x809b, "ETH_P_ATALK"},
		{0x80f3, "ETH_P_AARP"},
		{0x8100, "ETH_P_8021Q"},
		{0x8137, "ETH_P_IPX"},
		{0x86dd, "ETH_P_IPV6"},
		{0x8808, "ETH_P_PAUSE"},
		{0x8809, "ETH_P_SLOW"},
		{0x883e, "ETH_P_WCCP"},
		{0x8847, "ETH_P_MPLS_UC"},
		{0x8848, "ETH_P_MPLS_MC"},
		{0x884c, "ETH_P_ATMMPOA"},
		{0x8863, "ETH_P_PPP_DISC"},
		{0x8864, "ETH_P_PPP_SES"},
		{0x886c, "ETH_P_LINK_CTL"},
		{0x8884, "ETH_P_ATMFATE"},
		{0x888e, "ETH_P_PAE"},
		{0x8899, "ETH_P_REALTEK"},
		{0x88a2, "ETH_P_AOE"},
		{0x88a8, "ETH_P_8021AD"},
		{0x88b5, "ETH_P_802_EX1"},
		{0x88be, "ETH_P_ERSPAN"},
		{0x88c7, "ETH_P_PREAUTH"},
		{0x88ca, "ETH_P_TIPC"},
		{0x88cc, "ETH_P_LLDP"},
		{0x88e3, "ETH_P_MRP"},
		{0x88e5, "ETH_P_MACSEC"},
		{0x88e7, "ETH_P_8021AH"},
		{0x88f5, "ETH_P_MVRP"},
		{0x88f7, "ETH_P_1588"},
		{0x88f8, "ETH_P_NCSI"},
		{0x88fb, "ETH_P_PRP"},
		{0x8902, "ETH_P_CFM"},
		{0x8906, "ETH_P_FCOE"},
		{0x890d, "ETH_P_TDLS"},
		{0x8914, "ETH_P_FIP"},
		{0x8915, "ETH_P_IBOE"},
		{0x8917, "ETH_P_80221"},
		{0x892f, "ETH_P_HSR"},
		{0x894f, "ETH_P_NSH"},
		{0x9000, "ETH_P_LOOPBACK"},
		{0x9100, "ETH_P_QINQ1"},
		{0x9200, "ETH_P_QINQ2"},
		{0x9300, "ETH_P_QINQ3"},
		{0xdada, "ETH_P_EDSA"},
		{0xdadb, "ETH_P_DSA_8021Q"},
		{0xe001, "ETH_P_DSA_A5PSW"},
		{0xed3e, "ETH_P_IFE"},
		{0xfbfb, "ETH_P_AF_IUCV"},
	},
}

// Socket option names of the levels other than SOL_SOCKET, SOL_IP, SOL_IPV6,
// SOL_TCP and SOL_UDP (getsockopt and setsockopt).

// VsockOptions are the option names of level AF_VSOCK (40), which vsock
// sockets use as their level.
var VsockOptions = &Values{
	Name:    "VsockOptions",
	Unknown: "SO_VM_???",
	Vals: []Value{
		{0, "SO_VM_SOCKETS_BUFFER_SIZE"},
		{1, "SO_VM_SOCKETS_BUFFER_MIN_SIZE"},
		{2, "SO_VM_SOCKETS_BUFFER_MAX_SIZE"},
		{3, "SO_VM_SOCKETS_PEER_HOST_VM_ID"},
		{5, "SO_VM_SOCKETS_TRUSTED"},
		{6, "SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD"},
		{7, "SO_VM_SOCKETS_NONBLOCK_TXRX"},
		{8, "SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW"},
	},
}

// IPXOptions are the SOL_IPX option names.
var IPXOptions = &Values{
	Name:    "IPXOptions",
	Unknown: "IPX_???",
	Vals: []Value{
		{1, "IPX_TYPE"},
	},
}

// AX25Options are the SOL_AX25 option names.
var AX25Options = &Values{
	Name:    "AX25Options",
	Unknown: "AX25_???",
	Vals: []Value{
		{1, "AX25_WINDOW"},
		{2, "AX25_T1"},
		{3, "AX25_N2"},
		{4, "AX25_T3"},
		{5, "AX25_T2"},
		{6, "AX25_BACKOFF"},
		{7, "AX25_EXTSEQ"},
		{8, "AX25_PIDINCL"},
		{9, "AX25_IDLE"},
		{0xa, "AX25_PACLEN"},
		{0xc, "AX25_IAMDIGI"},
		{0x19, "SO_BINDTODEVICE"},
	},
}

// NetlinkOptions are the SOL_NETLINK option names.
var NetlinkOptions = &Values{
	Name:    "NetlinkOptions",
	Unknown: "NETLINK_???",
	Vals: []Value{
		{1, "NETLINK_ADD_MEMBERSHIP"},
		{2, "NETLINK_DROP_MEMBERSHIP"},
		{3, "NETLINK_PKTINFO"},
		{4, "NETLINK_BROADCAST_ERROR"},
		{5, "NETLINK_NO_ENOBUFS"},
		{6, "NETLINK_RX_RING"},
		{7, "NETLINK_TX_RING"},
		{8, "NETLINK_LISTEN_ALL_NSID"},
		{9, "NETLINK_LIST_MEMBERSHIPS"},
		{0xa, "NETLINK_CAP_ACK"},
		{0xb, "NETLINK_EXT_ACK"},
		{0xc, "NETLINK_GET_STRICT_CHK"},
	},
}

// PacketOptions are the SOL_PACKET option names.
var PacketOptions = &Values{
	Name:    "PacketOptions",
	Unknown: "PACKET_???",
	Vals: []Value{
		{1, "PACKET_ADD_MEMBERSHIP"},
		{2, "PACKET_DROP_MEMBERSHIP"},
		{3, "PACKET_RECV_OUTPUT"},
		{5, "PACKET_RX_RING"},
		{6, "PACKET_STATISTICS"},
		{7, "PACKET_COPY_THRESH"},
		{8, "PACKET_AUXDATA"},
		{9, "PACKET_ORIGDEV"},
		{0xa, "PACKET_VERSION"},
		{0xb, "PACKET_HDRLEN"},
		{0xc, "PACKET_RESERVE"},
		{0xd, "PACKET_TX_RING"},
		{0xe, "PACKET_LOSS"},
		{0xf, "PACKET_VNET_HDR"},
		{0x10, "PACKET_TX_TIMESTAMP"},
		{0x11, "PACKET_TIMESTAMP"},
		{0x12, "PACKET_FANOUT"},
		{0x13, "PACKET_TX_HAS_OFF"},
		{0x14, "PACKET_QDISC_BYPASS"},
		{0x15, "PACKET_ROLLOVER_STATS"},
		{0x16, "PACKET_FANOUT_DATA"},
		{0x17, "PACKET_IGNORE_OUTGOING"},
	},
}

// RawOptions are the SOL_RAW option names.
var RawOptions = &Values{
	Name:    "RawOptions",
	Unknown: "RAW_???",
	Vals: []Value{
		{1, "ICMP_FILTER"},
	},
}

// SCTPOptions are the SOL_SCTP option names.
var SCTPOptions = &Values{
	Name:    "SCTPOptions",
	Unknown: "SCTP_???",
	Vals: []Value{
		{0, "SCTP_RTOINFO"},
		{1, "SCTP_ASSOCINFO"},
		{2, "SCTP_INITMSG"},
		{3, "SCTP_NODELAY"},
		{4, "SCTP_AUTOCLOSE"},
		{5, "SCTP_SET_PEER_PRIMARY_ADDR"},
		{6, "SCTP_PRIMARY_ADDR"},
		{7, "SCTP_ADAPTATION_LAYER"},
		{8, "SCTP_DISABLE_FRAGMENTS"},
		{9, "SCTP_PEER_ADDR_PARAMS"},
		{0xa, "SCTP_DEFAULT_SEND_PARAM"},
		{0xb, "SCTP_EVENTS"},
		{0xc, "SCTP_I_WANT_MAPPED_V4_ADDR"},
		{0xd, "SCTP_MAXSEG"},
		{0xe, "SCTP_STATUS"},
		{0xf, "SCTP_GET_PEER_ADDR_INFO"},
		{0x10, "SCTP_DELAYED_SACK"},
		{0x11, "SCTP_CONTEXT"},
		{0x12, "SCTP_FRAGMENT_INTERLEAVE"},
		{0x13, "SCTP_PARTIAL_DELIVERY_POINT"},
		{0x14, "SCTP_MAX_BURST"},
		{0x15, "SCTP_AUTH_CHUNK"},
		{0x16, "SCTP_HMAC_IDENT"},
		{0x17, "SCTP_AUTH_KEY"},
		{0x18, "SCTP_AUTH_ACTIVE_KEY"},
		{0x19, "SCTP_AUTH_DELETE_KEY"},
		{0x1a, "SCTP_PEER_AUTH_CHUNKS"},
		{0x1b, "SCTP_LOCAL_AUTH_CHUNKS"},
		{0x1c, "SCTP_GET_ASSOC_NUMBER"},
		{0x1d, "SCTP_GET_ASSOC_ID_LIST"},
		{0x1e, "SCTP_AUTO_ASCONF"},
		{0x1f, "SCTP_PEER_ADDR_THLDS"},
		{0x20, "SCTP_RECVRCVINFO"},
		{0x21, "SCTP_RECVNXTINFO"},
		{0x22, "SCTP_DEFAULT_SNDINFO"},
		{0x23, "SCTP_AUTH_DEACTIVATE_KEY"},
		{0x24, "SCTP_REUSE_PORT"},
		{0x25, "SCTP_PEER_ADDR_THLDS_V2"},
		{0x64, "SCTP_SOCKOPT_BINDX_ADD"},
		{0x65, "SCTP_SOCKOPT_BINDX_REM"},
		{0x66, "SCTP_SOCKOPT_PEELOFF"},
		{0x67, "SCTP_GET_PEER_ADDRS_NUM_OLD"},
		{0x68, "SCTP_GET_PEER_ADDRS_OLD"},
		{0x69, "SCTP_GET_LOCAL_ADDRS_NUM_OLD"},
		{0x6a, "SCTP_GET_LOCAL_ADDRS_OLD"},
		{0x6b, "SCTP_SOCKOPT_CONNECTX_OLD"},
		{0x6c, "SCTP_GET_PEER_ADDRS"},
		{0x6d, "SCTP_GET_LOCAL_ADDRS"},
		{0x6e, "SCTP_SOCKOPT_CONNECTX"},
		{0x6f, "SCTP_SOCKOPT_CONNECTX3"},
		{0x70, "SCTP_GET_ASSOC_STATS"},
		{0x71, "SCTP_PR_SUPPORTED"},
		{0x72, "SCTP_DEFAULT_PRINFO"},
		{0x73, "SCTP_PR_ASSOC_STATUS"},
		{0x74, "SCTP_PR_STREAM_STATUS"},
		{0x75, "SCTP_RECONFIG_SUPPORTED"},
		{0x76, "SCTP_ENABLE_STREAM_RESET"},
		{0x77, "SCTP_RESET_STREAMS"},
		{0x78, "SCTP_RESET_ASSOC"},
		{0x79, "SCTP_ADD_STREAMS"},
		{0x7a, "SCTP_SOCKOPT_PEELOFF_FLAGS"},
		{0x7b, "SCTP_STREAM_SCHEDULER"},
		{0x7c, "SCTP_STREAM_SCHEDULER_VALUE"},
		{0x7d, "SCTP_INTERLEAVING_SUPPORTED"},
		{0x7e, "SCTP_SENDMSG_CONNECT"},
		{0x7f, "SCTP_EVENT"},
		{0x80, "SCTP_ASCONF_SUPPORTED"},
		{0x81, "SCTP_AUTH_SUPPORTED"},
		{0x82, "SCTP_ECN_SUPPORTED"},
		{0x83, "SCTP_EXPOSE_POTENTIALLY_FAILED_STATE"},
		{0x84, "SCTP_REMOTE_UDP_ENCAPS_PORT"},
		{0x85, "SCTP_PLPMTUD_PROBE_INTERVAL"},
	},
}

// CanRawOptions are the SOL_CAN_RAW option names.
var CanRawOptions = &Values{
	Name:    "CanRawOptions",
	Unknown: "CAN_RAW_???",
	Vals: []Value{
		{1, "CAN_RAW_FILTER"},
		{2, "CAN_RAW_ERR_FILTER"},
		{3, "CAN_RAW_LOOPBACK"},
		{4, "CAN_RAW_RECV_OWN_MSGS"},
		{5, "CAN_RAW_FD_FRAMES"},
		{6, "CAN_RAW_JOIN_FILTERS"},
	},
}

// IrdaOptions are the SOL_IRDA option names.
var IrdaOptions = &Values{
	Name:    "IrdaOptions",
	Unknown: "IRLMP_???",
	Vals: []Value{
		{1, "IRLMP_ENUMDEVICES"},
		{2, "IRLMP_IAS_SET"},
		{3, "IRLMP_IAS_QUERY"},
		{4, "IRLMP_HINTS_SET"},
		{5, "IRLMP_QOS_SET"},
		{6, "IRLMP_QOS_GET"},
		{7, "IRLMP_MAX_SDU_SIZE"},
		{8, "IRLMP_IAS_GET"},
		{9, "IRLMP_IAS_DEL"},
		{0xa, "IRLMP_HINT_MASK_SET"},
		{0xb, "IRLMP_WAITDEVICE"},
	},
}

// LLCOptions are the SOL_LLC option names.
var LLCOptions = &Values{
	Name:    "LLCOptions",
	Unknown: "LLC_OPT_???",
	Vals: []Value{
		{0, "LLC_OPT_UNKNOWN"},
		{1, "LLC_OPT_RETRY"},
		{2, "LLC_OPT_SIZE"},
		{3, "LLC_OPT_ACK_TMR_EXP"},
		{4, "LLC_OPT_P_TMR_EXP"},
		{5, "LLC_OPT_REJ_TMR_EXP"},
		{6, "LLC_OPT_BUSY_TMR_EXP"},
		{7, "LLC_OPT_TX_WIN"},
		{8, "LLC_OPT_RX_WIN"},
		{9, "LLC_OPT_PKTINFO"},
	},
}

// DCCPOptions are the SOL_DCCP option names.
var DCCPOptions = &Values{
	Name:    "DCCPOptions",
	Unknown: "DCCP_SOCKOPT_???",
	Vals: []Value{
		{1, "DCCP_SOCKOPT_PACKET_SIZE"},
		{2, "DCCP_SOCKOPT_SERVICE"},
		{3, "DCCP_SOCKOPT_CHANGE_L"},
		{4, "DCCP_SOCKOPT_CHANGE_R"},
		{5, "DCCP_SOCKOPT_GET_CUR_MPS"},
		{6, "DCCP_SOCKOPT_SERVER_TIMEWAIT"},
		{0xa, "DCCP_SOCKOPT_SEND_CSCOV"},
		{0xb, "DCCP_SOCKOPT_RECV_CSCOV"},
		{0xc, "DCCP_SOCKOPT_AVAILABLE_CCIDS"},
		{0xd, "DCCP_SOCKOPT_CCID"},
		{0xe, "DCCP_SOCKOPT_TX_CCID"},
		{0xf, "DCCP_SOCKOPT_RX_CCID"},
		{0x10, "DCCP_SOCKOPT_QPOLICY_ID"},
		{0x11, "DCCP_SOCKOPT_QPOLICY_TXQLEN"},
		{0x80, "DCCP_SOCKOPT_CCID_RX_INFO"},
		{0xc0, "DCCP_SOCKOPT_CCID_TX_INFO"},
	},
}

// TIPCOptions are the SOL_TIPC option names.
var TIPCOptions = &Values{
	Name:    "TIPCOptions",
	Unknown: "TIPC_???",
	Vals: []Value{
		{0x7f, "TIPC_IMPORTANCE"},
		{0x80, "TIPC_SRC_DROPPABLE"},
		{0x81, "TIPC_DEST_DROPPABLE"},
		{0x82, "TIPC_CONN_TIMEOUT"},
		{0x83, "TIPC_NODE_RECVQ_DEPTH"},
		{0x84, "TIPC_SOCK_RECVQ_DEPTH"},
		{0x85, "TIPC_MCAST_BROADCAST"},
		{0x86, "TIPC_MCAST_REPLICAST"},
		{0x87, "TIPC_GROUP_JOIN"},
		{0x88, "TIPC_GROUP_LEAVE"},
		{0x89, "TIPC_SOCK_RECVQ_USED"},
		{0x8a, "TIPC_NODELAY"},
	},
}

// RxrpcOptions are the SOL_RXRPC option names.
var RxrpcOptions = &Values{
	Name:    "RxrpcOptions",
	Unknown: "RXRPC_???",
	Vals: []Value{
		{1, "RXRPC_SECURITY_KEY"},
		{2, "RXRPC_SECURITY_KEYRING"},
		{3, "RXRPC_EXCLUSIVE_CONNECTION"},
		{4, "RXRPC_MIN_SECURITY_LEVEL"},
		{5, "RXRPC_UPGRADEABLE_SERVICE"},
		{6, "RXRPC_SUPPORTED_CMSG"},
	},
}

// PPPOL2TPOptions are the SOL_PPPOL2TP option names.
var PPPOL2TPOptions = &Values{
	Name:    "PPPOL2TPOptions",
	Unknown: "PPPOL2TP_SO_???",
	Vals: []Value{
		{1, "PPPOL2TP_SO_DEBUG"},
		{2, "PPPOL2TP_SO_RECVSEQ"},
		{3, "PPPOL2TP_SO_SENDSEQ"},
		{4, "PPPOL2TP_SO_LNSMODE"},
		{5, "PPPOL2TP_SO_REORDERTO"},
	},
}

// BluetoothOptions are the SOL_BLUETOOTH option names.
var BluetoothOptions = &Values{
	Name:    "BluetoothOptions",
	Unknown: "BT_???",
	Vals: []Value{
		{4, "BT_SECURITY"},
		{7, "BT_DEFER_SETUP"},
		{8, "BT_FLUSHABLE"},
		{9, "BT_POWER"},
		{0xa, "BT_CHANNEL_POLICY"},
		{0xb, "BT_VOICE"},
		{0xc, "BT_SNDMTU"},
		{0xd, "BT_RCVMTU"},
	},
}

// PnpipeOptions are the SOL_PNPIPE option names.
var PnpipeOptions = &Values{
	Name:    "PnpipeOptions",
	Unknown: "PNPIPE_???",
	Vals: []Value{
		{1, "PNPIPE_ENCAP"},
		{2, "PNPIPE_IFINDEX"},
		{3, "PNPIPE_HANDLE"},
		{4, "PNPIPE_INITSTATE"},
	},
}

// RDSOptions are the SOL_RDS option names.
var RDSOptions = &Values{
	Name:    "RDSOptions",
	Unknown: "RDS_???",
	Vals: []Value{
		{1, "RDS_CANCEL_SENT_TO"},
		{2, "RDS_GET_MR"},
		{3, "RDS_FREE_MR"},
		{4, "RDS_BARRIER"},
		{5, "RDS_RECVERR"},
		{6, "RDS_CONG_MONITOR"},
		{7, "RDS_GET_MR_FOR_DEST"},
		{8, "SO_RDS_TRANSPORT"},
		{0xa, "SO_RDS_MSG_RXPATH_LATENCY"},
		{0x1d, "SO_TIMESTAMP_OLD"},
		{0x2710, "RDS_INFO_COUNTERS"},
		{0x2711, "RDS_INFO_CONNECTIONS"},
		{0x2712, "RDS_INFO_FLOWS"},
		{0x2713, "RDS_INFO_SEND_MESSAGES"},
		{0x2714, "RDS_INFO_RETRANS_MESSAGES"},
		{0x2715, "RDS_INFO_RECV_MESSAGES"},
		{0x2716, "RDS_INFO_SOCKETS"},
		{0x2717, "RDS_INFO_TCP_SOCKETS"},
		{0x2718, "RDS_INFO_IB_CONNECTIONS"},
		{0x2719, "RDS_INFO_CONNECTION_STATS"},
		{0x271a, "RDS_INFO_IWARP_CONNECTIONS"},
	},
}

// IUCVOptions are the SOL_IUCV option names.
var IUCVOptions = &Values{
	Name:    "IUCVOptions",
	Unknown: "SO_???",
	Vals: []Value{
		{0x80, "SO_IPRMDATA_MSG"},
		{0x1000, "SO_MSGLIMIT"},
		{0x800, "SO_MSGSIZE"},
	},
}

// CAIFOptions are the SOL_CAIF option names.
var CAIFOptions = &Values{
	Name:    "CAIFOptions",
	Unknown: "CAIFSO_???",
	Vals: []Value{
		{0x7f, "CAIFSO_LINK_SELECT"},
		{0x80, "CAIFSO_REQ_PARAM"},
		{0x81, "CAIFSO_RSP_PARAM"},
	},
}

// ALGOptions are the SOL_ALG option names.
var ALGOptions = &Values{
	Name:    "ALGOptions",
	Unknown: "ALG_???",
	Vals: []Value{
		{1, "ALG_SET_KEY"},
		{2, "ALG_SET_IV"},
		{3, "ALG_SET_OP"},
		{4, "ALG_SET_AEAD_ASSOCLEN"},
		{5, "ALG_SET_AEAD_AUTHSIZE"},
		{6, "ALG_SET_DRBG_ENTROPY"},
	},
}

// NFCLLCPOptions are the SOL_NFC option names.
var NFCLLCPOptions = &Values{
	Name:    "NFCLLCPOptions",
	Unknown: "NFC_LLCP_???",
	Vals: []Value{
		{0, "NFC_LLCP_RW"},
		{1, "NFC_LLCP_MIUX"},
		{2, "NFC_LLCP_REMOTE_MIU"},
		{3, "NFC_LLCP_REMOTE_LTO"},
		{4, "NFC_LLCP_REMOTE_RW"},
	},
}

// KCMOptions are the SOL_KCM option names.
var KCMOptions = &Values{
	Name:    "KCMOptions",
	Unknown: "KCM_???",
	Vals: []Value{
		{1, "KCM_RECV_DISABLE"},
	},
}

// TLSOptions are the SOL_TLS option names.
var TLSOptions = &Values{
	Name:    "TLSOptions",
	Unknown: "TLS_???",
	Vals: []Value{
		{1, "TLS_TX"},
		{2, "TLS_RX"},
	},
}

// XDPOptions are the SOL_XDP option names.
var XDPOptions = &Values{
	Name:    "XDPOptions",
	Unknown: "XDP_???",
	Vals: []Value{
		{1, "XDP_MMAP_OFFSETS"},
		{2, "XDP_RX_RING"},
		{3, "XDP_TX_RING"},
		{4, "XDP_UMEM_REG"},
		{5, "XDP_UMEM_FILL_RING"},
		{6, "XDP_UMEM_COMPLETION_RING"},
		{7, "XDP_STATISTICS"},
		{8, "XDP_OPTIONS"},
	},
}

// Socket option values and control messages.

// TxrehashVals are SO_TXREHASH's values, shown as [SOCK_TXREHASH_ENABLED]
// (unknown ones in decimal).
var TxrehashVals = &Values{
	Name:    "TxrehashVals",
	Unknown: "SOCK_TXREHASH_???",
	Decimal: true,
	Vals: []Value{
		{0, "SOCK_TXREHASH_DISABLED"},
		{1, "SOCK_TXREHASH_ENABLED"},
		{0xff, "SOCK_TXREHASH_DEFAULT"},
	},
}

// SkfAd are the ancillary data offsets of a socket filter's loads, after
// SKF_AD_OFF: SKF_AD_OFF+SKF_AD_PROTOCOL.
var SkfAd = &Values{
	Name:    "SkfAd",
	Unknown: "SKF_AD_???",
	Vals: []Value{
		{0, "SKF_AD_PROTOCOL"},
		{4, "SKF_AD_PKTTYPE"},
		{8, "SKF_AD_IFINDEX"},
		{0xc, "SKF_AD_NLATTR"},
		{0x10, "SKF_AD_NLATTR_NEST"},
		{0x14, "SKF_AD_MARK"},
		{0x18, "SKF_AD_QUEUE"},
		{0x1c, "SKF_AD_HATYPE"},
		{0x20, "SKF_AD_RXHASH"},
		{0x24, "SKF_AD_CPU"},
		{0x28, "SKF_AD_ALU_XOR_X"},
		{0x2c, "SKF_AD_VLAN_TAG"},
		{0x30, "SKF_AD_VLAN_TAG_PRESENT"},
		{0x34, "SKF_AD_PAY_OFFSET"},
		{0x38, "SKF_AD_RANDOM"},
		{0x3c, "SKF_AD_VLAN_TPID"},
	},
}

// IcmpFilterTypes name the bits of ICMP_FILTER's mask, one ICMP type per bit
// number: ~[ICMP_ECHO].
var IcmpFilterTypes = &Values{
	Name:    "IcmpFilterTypes",
	Unknown: "ICMP_???",
	Vals: []Value{
		{0, "ICMP_ECHOREPLY"},
		{3, "ICMP_DEST_UNREACH"},
		{4, "ICMP_SOURCE_QUENCH"},
		{5, "ICMP_REDIRECT"},
		{8, "ICMP_ECHO"},
		{0xb, "ICMP_TIME_EXCEEDED"},
		{0xc, "ICMP_PARAMETERPROB"},
		{0xd, "ICMP_TIMESTAMP"},
		{0xe, "ICMP_TIMESTAMPREPLY"},
		{0xf, "ICMP_INFO_REQUEST"},
		{0x10, "ICMP_INFO_REPLY"},
		{0x11, "ICMP_ADDRESS"},
		{0x12, "ICMP_ADDRESSREPLY"},
	},
}

// PacketMreqTypes are struct packet_mreq's mr_type values.
var PacketMreqTypes = &Values{
	Name:    "PacketMreqTypes",
	Unknown: "PACKET_MR_???",
	Vals: []Value{
		{0, "PACKET_MR_MULTICAST"},
		{1, "PACKET_MR_PROMISC"},
		{2, "PACKET_MR_ALLMULTI"},
		{3, "PACKET_MR_UNICAST"},
	},
}

// IPCmsgTypes are the cmsg_type values of SOL_IP control messages.
var IPCmsgTypes = &Values{
	Name:    "IPCmsgTypes",
	Unknown: "IP_???",
	Vals: []Value{
		{1, "IP_TOS"},
		{2, "IP_TTL"},
		{6, "IP_RECVOPTS"},
		{7, "IP_RETOPTS"},
		{8, "IP_PKTINFO"},
		{0xb, "IP_RECVERR"},
		{0x14, "IP_ORIGDSTADDR"},
		{0x17, "IP_CHECKSUM"},
		{3, "SCM_SECURITY"},
	},
}

// Socket address fields.

// ArpHardwareTypes are sockaddr_ll's sll_hatype values (sorted by value, as
// strace's table).
var ArpHardwareTypes = &Values{
	Name:    "ArpHardwareTypes",
	Unknown: "ARPHRD_???",
	Vals: []Value{
		{0, "ARPHRD_NETROM"},
		{1, "ARPHRD_ETHER"},
		{2, "ARPHRD_EETHER"},
		{3, "ARPHRD_AX25"},
		{4, "ARPHRD_PRONET"},
		{5, "ARPHRD_CHAOS"},
		{6, "ARPHRD_IEEE802"},
		{7, "ARPHRD_ARCNET"},
		{8, "ARPHRD_APPLETLK"},
		{0xf, "ARPHRD_DLCI"},
		{0x13, "ARPHRD_ATM"},
		{0x17, "ARPHRD_METRICOM"},
		{0x18, "ARPHRD_IEEE1394"},
		{0x1b, "ARPHRD_EUI64"},
		{0x20, "ARPHRD_INFINIBAND"},
		{0x100, "ARPHRD_SLIP"},
		{0x101, "ARPHRD_CSLIP"},
		{0x102, "ARPHRD_SLIP6"},
		{0x103, "ARPHRD_CSLIP6"},
		{0x104, "ARPHRD_RSRVD"},
		{0x108, "ARPHRD_ADAPT"},
		{0x10e, "ARPHRD_ROSE"},
		{0x10f, "ARPHRD_X25"},
		{0x110, "ARPHRD_HWX25"},
		{0x118, "ARPHRD_CAN"},
		{0x122, "ARPHRD_MCTP"},
		{0x200, "ARPHRD_PPP"},
		{0x201, "ARPHRD_CISCO"},
		{0x204, "ARPHRD_LAPB"},
		{0x205, "ARPHRD_DDCMP"},
		{0x206, "ARPHRD_RAWHDLC"},
		{0x207, "ARPHRD_RAWIP"},
		{0x300, "ARPHRD_TUNNEL"},
		{0x301, "ARPHRD_TUNNEL6"},
		{0x302, "ARPHRD_FRAD"},
		{0x303, "ARPHRD_SKIP"},
		{0x304, "ARPHRD_LOOPBACK"},
		{0x305, "ARPHRD_LOCALTLK"},
		{0x306, "ARPHRD_FDDI"},
		{0x307, "ARPHRD_BIF"},
		{0x308, "ARPHRD_SIT"},
		{0x309, "ARPHRD_IPDDP"},
		{0x30a, "ARPHRD_IPGRE"},
		{0x30b, "ARPHRD_PIMREG"},
		{0x30c, "ARPHRD_HIPPI"},
		{0x30d, "ARPHRD_ASH"},
		{0x30e, "ARPHRD_ECONET"},
		{0x30f, "ARPHRD_IRDA"},
		{0x310, "ARPHRD_FCPP"},
		{0x311, "ARPHRD_FCAL"},
		{0x312, "ARPHRD_FCPL"},
		{0x313, "ARPHRD_FCFABRIC"},
		{0x320, "ARPHRD_IEEE802_TR"},
		{0x321, "ARPHRD_IEEE80211"},
		{0x322, "ARPHRD_IEEE80211_PRISM"},
		{0x323, "ARPHRD_IEEE80211_RADIOTAP"},
		{0x324, "ARPHRD_IEEE802154"},
		{0x325, "ARPHRD_IEEE802154_MONITOR"},
		{0x334, "ARPHRD_PHONET"},
		{0x335, "ARPHRD_PHONET_PIPE"},
		{0x336, "ARPHRD_CAIF"},
		{0x337, "ARPHRD_IP6GRE"},
		{0x338, "ARPHRD_NETLINK"},
		{0x339, "ARPHRD_6LOWPAN"},
		{0x33a, "ARPHRD_VSOCKMON"},
		{0xfffe, "ARPHRD_NONE"},
		{0xffff, "ARPHRD_VOID"},
	},
}

// PacketTypes are sockaddr_ll's sll_pkttype values.
var PacketTypes = &Values{
	Name:    "PacketTypes",
	Unknown: "PACKET_???",
	Vals: []Value{
		{0, "PACKET_HOST"},
		{1, "PACKET_BROADCAST"},
		{2, "PACKET_MULTICAST"},
		{3, "PACKET_OTHERHOST"},
		{4, "PACKET_OUTGOING"},
		{5, "PACKET_LOOPBACK"},
		{6, "PACKET_USER"},
		{7, "PACKET_KERNEL"},
	},
}

// VsockCids name sockaddr_vm's special svm_cid values; others print in hex.
var VsockCids = &Values{
	Name: "VsockCids",
	Vals: []Value{
		{0, "VMADDR_CID_HYPERVISOR"},
		{1, "VMADDR_CID_LOCAL"},
		{2, "VMADDR_CID_HOST"},
		{0xffffffff, "VMADDR_CID_ANY"},
	},
}

// VsockPorts name sockaddr_vm's special svm_port value; others print in hex.
var VsockPorts = &Values{
	Name: "VsockPorts",
	Vals: []Value{
		{0xffffffff, "VMADDR_PORT_ANY"},
	},
}

// VsockFlags are sockaddr_vm's svm_flags bits.
var VsockFlags = &Values{
	Name:    "VsockFlags",
	Unknown: "VMADDR_FLAG_???",
	Vals: []Value{
		{1, "VMADDR_FLAG_TO_HOST"},
	},
}

// QrtrNodes name sockaddr_qrtr's special sq_node value.
var QrtrNodes = &Values{
	Name: "QrtrNodes",
	Vals: []Value{
		{0xffffffff, "QRTR_NODE_BCAST"},
	},
}

// QrtrPorts name sockaddr_qrtr's special sq_port value.
var QrtrPorts = &Values{
	Name: "QrtrPorts",
	Vals: []Value{
		{0xfffffffe, "QRTR_PORT_CTRL"},
	},
}

// XdpSockaddrFlags are sockaddr_xdp's sxdp_flags bits.
var XdpSockaddrFlags = &Values{
	Name:    "XdpSockaddrFlags",
	Unknown: "XDP_???",
	Vals: []Value{
		{1, "XDP_SHARED_UMEM"},
		{2, "XDP_COPY"},
		{4, "XDP_ZEROCOPY"},
		{8, "XDP_USE_NEED_WAKEUP"},
	},
}

// MctpAddrs name sockaddr_mctp's special smctp_addr values.
var MctpAddrs = &Values{
	Name: "MctpAddrs",
	Vals: []Value{
		{0, "MCTP_ADDR_NULL"},
		{0xff, "MCTP_ADDR_ANY"},
	},
}

// MctpNets name sockaddr_mctp's special smctp_network value.
var MctpNets = &Values{
	Name: "MctpNets",
	Vals: []Value{
		{0, "MCTP_NET_ANY"},
	},
}

// BdaddrTypes are sockaddr_l2's l2_bdaddr_type values.
var BdaddrTypes = &Values{
	Name:    "BdaddrTypes",
	Unknown: "BDADDR_???",
	Vals: []Value{
		{0, "BDADDR_BREDR"},
		{1, "BDADDR_LE_PUBLIC"},
		{2, "BDADDR_LE_RANDOM"},
	},
}

// HciChannels are sockaddr_hci's hci_channel values.
var HciChannels = &Values{
	Name:    "HciChannels",
	Unknown: "HCI_CHANNEL_???",
	Vals: []Value{
		{0, "HCI_CHANNEL_RAW"},
		{1, "HCI_CHANNEL_USER"},
		{2, "HCI_CHANNEL_MONITOR"},
		{3, "HCI_CHANNEL_CONTROL"},
		{4, "HCI_CHANNEL_LOGGING"},
	},
}

// BluetoothL2Cids name sockaddr_l2's l2_cid values (sorted by value).
var BluetoothL2Cids = &Values{
	Name: "BluetoothL2Cids",
	Vals: []Value{
		{1, "L2CAP_CID_SIGNALING"},
		{2, "L2CAP_CID_CONN_LESS"},
		{3, "L2CAP_CID_A2MP"},
		{4, "L2CAP_CID_ATT"},
		{5, "L2CAP_CID_LE_SIGNALING"},
		{6, "L2CAP_CID_SMP"},
		{7, "L2CAP_CID_SMP_BREDR"},
		{0x40, "L2CAP_CID_DYN_START"},
		{0x7f, "L2CAP_CID_LE_DYN_END"},
		{0xffff, "L2CAP_CID_DYN_END"},
	},
}

// BluetoothL2Psms name sockaddr_l2's l2_psm values (sorted by value).
var BluetoothL2Psms = &Values{
	Name: "BluetoothL2Psms",
	Vals: []Value{
		{1, "L2CAP_PSM_SDP"},
		{3, "L2CAP_PSM_RFCOMM"},
		{0x21, "L2CAP_PSM_3DSP"},
		{0x23, "L2CAP_PSM_IPSP"},
		{0x80, "L2CAP_PSM_LE_DYN_START"},
		{0xff, "L2CAP_PSM_LE_DYN_END"},
		{0x1001, "L2CAP_PSM_DYN_START"},
		{0x10ff, "L2CAP_PSM_AUTO_END"},
		{0xffff, "L2CAP_PSM_DYN_END"},
	},
}

// RxrpcServices name sockaddr_rxrpc's srx_service, shown in strace's verbose
// style (sorted by value).
var RxrpcServices = &Values{
	Name:    "RxrpcServices",
	Unknown: "???_SERVICE",
	Vals: []Value{
		{1, "CM_SERVICE"},
		{0x9c4, "YFS_FS_SERVICE"},
		{0x9c5, "YFS_CM_SERVICE"},
		{0x9c7, "YFS_VL_SERVICE"},
	},
}

// IEEE802154AddrTypes are sockaddr_ieee802154's addr_type values, shown in
// strace's verbose style.
var IEEE802154AddrTypes = &Values{
	Name:    "IEEE802154AddrTypes",
	Unknown: "IEEE802154_ADDR_???",
	Vals: []Value{
		{0, "IEEE802154_ADDR_NONE"},
		{2, "IEEE802154_ADDR_SHORT"},
		{3, "IEEE802154_ADDR_LONG"},
	},
}

// IEEE802154Addrs name sockaddr_ieee802154's special short_addr values,
// shown in strace's verbose style.
var IEEE802154Addrs = &Values{
	Name: "IEEE802154Addrs",
	Vals: []Value{
		{0xfffe, "IEEE802154_ADDR_UNDEF"},
		{0xffff, "IEEE802154_ADDR_BROADCAST"},
	},
}

// IEEE802154PanIDs name sockaddr_ieee802154's special pan_id value, shown in
// strace's verbose style.
var IEEE802154PanIDs = &Values{
	Name: "IEEE802154PanIDs",
	Vals: []Value{
		{0xffff, "IEEE802154_PANID_BROADCAST"},
	},
}

// NfcSockaddrProtocols are sockaddr_nfc's nfc_protocol values.
var NfcSockaddrProtocols = &Values{
	Name:    "NfcSockaddrProtocols",
	Unknown: "NFC_PROTO_???",
	Vals: []Value{
		{1, "NFC_PROTO_JEWEL"},
		{2, "NFC_PROTO_MIFARE"},
		{3, "NFC_PROTO_FELICA"},
		{4, "NFC_PROTO_ISO14443"},
		{5, "NFC_PROTO_NFC_DEP"},
		{6, "NFC_PROTO_ISO14443_B"},
		{7, "NFC_PROTO_ISO15693"},
	},
}

// NfcSaps name sockaddr_nfc_llcp's dsap and ssap values, shown in strace's
// verbose style.
var NfcSaps = &Values{
	Name: "NfcSaps",
	Vals: []Value{
		{1, "LLCP_SAP_SDP"},
		{2, "LLCP_SAP_IP"},
		{3, "LLCP_SAP_OBEX"},
		{4, "LLCP_SAP_SNEP"},
		{0xff, "LLCP_SAP_MAX"},
	},
}

// AlgSockaddrFlags are sockaddr_alg's salg_feat and salg_mask bits, shown in
// strace's verbose style (the number, then the names in a comment).
var AlgSockaddrFlags = &Values{
	Name:    "AlgSockaddrFlags",
	Unknown: "CRYPTO_ALG_???",
	Vals: []Value{
		{0x1000, "CRYPTO_ALG_KERN_DRIVER_ONLY"},
	},
}

// SocketCalls are i386 socketcall's call numbers, shown by name when strace
// cannot decode the call as its subcall (unknown ones in decimal).
var SocketCalls = &Values{
	Name:    "SocketCalls",
	Decimal: true,
	Vals: []Value{
		{1, "SYS_SOCKET"},
		{2, "SYS_BIND"},
		{3, "SYS_CONNECT"},
		{4, "SYS_LISTEN"},
		{5, "SYS_ACCEPT"},
		{6, "SYS_GETSOCKNAME"},
		{7, "SYS_GETPEERNAME"},
		{8, "SYS_SOCKETPAIR"},
		{9, "SYS_SEND"},
		{0xa, "SYS_RECV"},
		{0xb, "SYS_SENDTO"},
		{0xc, "SYS_RECVFROM"},
		{0xd, "SYS_SHUTDOWN"},
		{0xe, "SYS_SETSOCKOPT"},
		{0xf, "SYS_GETSOCKOPT"},
		{0x10, "SYS_SENDMSG"},
		{0x11, "SYS_RECVMSG"},
		{0x12, "SYS_ACCEPT4"},
		{0x13, "SYS_RECVMMSG"},
		{0x14, "SYS_SENDMMSG"},
	},
}

// The new mount API, mount_setattr and quotactl.

// FsconfigCmds are fsconfig's commands.
var FsconfigCmds = &Values{
	Name:    "FsconfigCmds",
	Unknown: "FSCONFIG_???",
	Vals: []Value{
		{0, "FSCONFIG_SET_FLAG"},
		{1, "FSCONFIG_SET_STRING"},
		{2, "FSCONFIG_SET_BINARY"},
		{3, "FSCONFIG_SET_PATH"},
		{4, "FSCONFIG_SET_PATH_EMPTY"},
		{5, "FSCONFIG_SET_FD"},
		{6, "FSCONFIG_CMD_CREATE"},
		{7, "FSCONFIG_CMD_RECONFIGURE"},
	},
}

// FsmountFlags are fsmount's flags.
var FsmountFlags = &Values{
	Name:    "FsmountFlags",
	Unknown: "FSMOUNT_???",
	Vals: []Value{
		{1, "FSMOUNT_CLOEXEC"},
	},
}

// FsmountAttrFlags are fsmount's attr_flags.
var FsmountAttrFlags = &Values{
	Name:    "FsmountAttrFlags",
	Unknown: "MOUNT_ATTR_???",
	Vals: []Value{
		{1, "MOUNT_ATTR_RDONLY"},
		{2, "MOUNT_ATTR_NOSUID"},
		{4, "MOUNT_ATTR_NODEV"},
		{8, "MOUNT_ATTR_NOEXEC"},
		{0x10, "MOUNT_ATTR_NOATIME"},
		{0x20, "MOUNT_ATTR_STRICTATIME"},
		{0x80, "MOUNT_ATTR_NODIRATIME"},
	},
}

// FsopenFlags are fsopen's flags.
var FsopenFlags = &Values{
	Name:    "FsopenFlags",
	Unknown: "FSOPEN_???",
	Vals: []Value{
		{1, "FSOPEN_CLOEXEC"},
	},
}

// FspickFlags are fspick's flags.
var FspickFlags = &Values{
	Name:    "FspickFlags",
	Unknown: "FSPICK_???",
	Vals: []Value{
		{1, "FSPICK_CLOEXEC"},
		{2, "FSPICK_SYMLINK_NOFOLLOW"},
		{4, "FSPICK_NO_AUTOMOUNT"},
		{8, "FSPICK_EMPTY_PATH"},
	},
}

// MountSetattrFlags are mount_setattr's flags.
var MountSetattrFlags = &Values{
	Name:    "MountSetattrFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x800, "AT_NO_AUTOMOUNT"},
		{0x1000, "AT_EMPTY_PATH"},
		{0x8000, "AT_RECURSIVE"},
	},
}

// MountAttrAttr are struct mount_attr's attr_set and attr_clr bits.
var MountAttrAttr = &Values{
	Name:    "MountAttrAttr",
	Unknown: "MOUNT_ATTR_???",
	Vals: []Value{
		{1, "MOUNT_ATTR_RDONLY"},
		{2, "MOUNT_ATTR_NOSUID"},
		{4, "MOUNT_ATTR_NODEV"},
		{8, "MOUNT_ATTR_NOEXEC"},
		{0x10, "MOUNT_ATTR_NOATIME"},
		{0x20, "MOUNT_ATTR_STRICTATIME"},
		{0x80, "MOUNT_ATTR_NODIRATIME"},
		{0x100000, "MOUNT_ATTR_IDMAP"},
		{0x200000, "MOUNT_ATTR_NOSYMFOLLOW"},
	},
}

// MountAttrPropagation are struct mount_attr's propagation values.
var MountAttrPropagation = &Values{
	Name:    "MountAttrPropagation",
	Unknown: "MS_???",
	Vals: []Value{
		{0x20000, "MS_UNBINDABLE"},
		{0x40000, "MS_PRIVATE"},
		{0x80000, "MS_SLAVE"},
		{0x100000, "MS_SHARED"},
	},
}

// MoveMountFlags are move_mount's flags.
var MoveMountFlags = &Values{
	Name:    "MoveMountFlags",
	Unknown: "MOVE_MOUNT_???",
	Vals: []Value{
		{1, "MOVE_MOUNT_F_SYMLINKS"},
		{2, "MOVE_MOUNT_F_AUTOMOUNTS"},
		{4, "MOVE_MOUNT_F_EMPTY_PATH"},
		{0x10, "MOVE_MOUNT_T_SYMLINKS"},
		{0x20, "MOVE_MOUNT_T_AUTOMOUNTS"},
		{0x40, "MOVE_MOUNT_T_EMPTY_PATH"},
		{0x100, "MOVE_MOUNT_SET_GROUP"},
	},
}

// OpenTreeFlags are open_tree's flags.
var OpenTreeFlags = &Values{
	Name:    "OpenTreeFlags",
	Unknown: "OPEN_TREE_???",
	Vals: []Value{
		{1, "OPEN_TREE_CLONE"},
		{0x80000, "OPEN_TREE_CLOEXEC"},
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x200, "AT_REMOVEDIR"},
		{0x400, "AT_SYMLINK_FOLLOW"},
		{0x800, "AT_NO_AUTOMOUNT"},
		{0x1000, "AT_EMPTY_PATH"},
		{0x8000, "AT_RECURSIVE"},
	},
}

// QuotaCmds are quotactl's commands, cmd>>8 (QCMD's first argument).
var QuotaCmds = &Values{
	Name:    "QuotaCmds",
	Unknown: "Q_???",
	Vals: []Value{
		{0x100, "Q_V1_QUOTAON"},
		{0x200, "Q_V1_QUOTAOFF"},
		{0x300, "Q_V1_GETQUOTA"},
		{0x400, "Q_V1_SETQUOTA"},
		{0x500, "Q_V1_SETUSE"},
		{0x600, "Q_V1_SYNC"},
		{0x700, "Q_SETQLIM"},
		{0x800, "Q_V1_GETSTATS"},
		{0x1000, "Q_V1_RSQUASH"},
		{0xd00, "Q_V2_GETQUOTA"},
		{0xe00, "Q_V2_SETQUOTA"},
		{0xf00, "Q_V2_SETUSE"},
		{0x900, "Q_V2_GETINFO"},
		{0xa00, "Q_V2_SETINFO"},
		{0xb00, "Q_V2_SETGRACE"},
		{0xc00, "Q_V2_SETFLAGS"},
		{0x1100, "Q_V2_GETSTATS"},
		{0x800001, "Q_SYNC"},
		{0x800002, "Q_QUOTAON"},
		{0x800003, "Q_QUOTAOFF"},
		{0x800004, "Q_GETFMT"},
		{0x800005, "Q_GETINFO"},
		{0x800006, "Q_SETINFO"},
		{0x800007, "Q_GETQUOTA"},
		{0x800008, "Q_SETQUOTA"},
		{0x800009, "Q_GETNEXTQUOTA"},
		{0x5801, "Q_XQUOTAON"},
		{0x5802, "Q_XQUOTAOFF"},
		{0x5803, "Q_XGETQUOTA"},
		{0x5804, "Q_XSETQLIM"},
		{0x5805, "Q_XGETQSTAT"},
		{0x5806, "Q_XQUOTARM"},
		{0x5807, "Q_XQUOTASYNC"},
		{0x5808, "Q_XGETQSTATV"},
		{0x5809, "Q_XGETNEXTQUOTA"},
	},
}

// QuotaTypes are quotactl's quota types, cmd&0xff (QCMD's second argument).
var QuotaTypes = &Values{
	Name:    "QuotaTypes",
	Unknown: "???QUOTA",
	Vals: []Value{
		{0, "USRQUOTA"},
		{1, "GRPQUOTA"},
		{2, "PRJQUOTA"},
	},
}

// QuotaFormats are Q_QUOTAON's format ids and Q_GETFMT's result.
var QuotaFormats = &Values{
	Name:    "QuotaFormats",
	Unknown: "QFMT_VFS_???",
	Vals: []Value{
		{1, "QFMT_VFS_OLD"},
		{2, "QFMT_VFS_V0"},
		{3, "QFMT_OCFS2"},
		{4, "QFMT_VFS_V1"},
	},
}

// XfsQuotaFlags are the XFS quota state flags (Q_XQUOTAON, Q_XGETQSTAT).
var XfsQuotaFlags = &Values{
	Name:    "XfsQuotaFlags",
	Unknown: "FS_QUOTA_???",
	Vals: []Value{
		{1, "FS_QUOTA_UDQ_ACCT"},
		{2, "FS_QUOTA_UDQ_ENFD"},
		{4, "FS_QUOTA_GDQ_ACCT"},
		{8, "FS_QUOTA_GDQ_ENFD"},
		{0x10, "FS_QUOTA_PDQ_ACCT"},
		{0x20, "FS_QUOTA_PDQ_ENFD"},
	},
}

// XfsDqblkFlags are fs_disk_quota's d_flags (and Q_XQUOTARM's argument).
var XfsDqblkFlags = &Values{
	Name:    "XfsDqblkFlags",
	Unknown: "FS_???_QUOTA",
	Vals: []Value{
		{1, "FS_USER_QUOTA"},
		{2, "FS_PROJ_QUOTA"},
		{4, "FS_GROUP_QUOTA"},
	},
}

// IfDqblkValid are struct if_dqblk's dqb_valid bits.
var IfDqblkValid = &Values{
	Name:    "IfDqblkValid",
	Unknown: "QIF_???",
	Vals: []Value{
		{1, "QIF_BLIMITS"},
		{2, "QIF_SPACE"},
		{4, "QIF_ILIMITS"},
		{8, "QIF_INODES"},
		{0x10, "QIF_BTIME"},
		{0x20, "QIF_ITIME"},
	},
}

// IfDqinfoFlags are struct if_dqinfo's dqi_flags bits.
var IfDqinfoFlags = &Values{
	Name:    "IfDqinfoFlags",
	Unknown: "DQF_???",
	Vals: []Value{
		{1, "DQF_ROOT_SQUASH"},
		{0x10000, "DQF_SYS_FILE"},
	},
}

// IfDqinfoValid are struct if_dqinfo's dqi_valid bits.
var IfDqinfoValid = &Values{
	Name:    "IfDqinfoValid",
	Unknown: "IIF_???",
	Vals: []Value{
		{1, "IIF_BGRACE"},
		{2, "IIF_IGRACE"},
		{4, "IIF_FLAGS"},
	},
}

// Calls newer than strace 6.1, named as later strace versions name their
// arguments (src/xlat/*.in of strace 6.5 to 6.17).

// FchmodatFlags are fchmodat2's flags.
var FchmodatFlags = &Values{
	Name:    "FchmodatFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x1000, "AT_EMPTY_PATH"},
	},
}

// XattratFlags are the at_flags of setxattrat, getxattrat, listxattrat and
// removexattrat.
var XattratFlags = &Values{
	Name:    "XattratFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x1000, "AT_EMPTY_PATH"},
	},
}

// FileAttrFlags are the flags of file_getattr and file_setattr.
var FileAttrFlags = &Values{
	Name:    "FileAttrFlags",
	Unknown: "AT_???",
	Vals: []Value{
		{0x100, "AT_SYMLINK_NOFOLLOW"},
		{0x1000, "AT_EMPTY_PATH"},
	},
}

// FsXflags are struct file_attr's fa_xflags bits.
var FsXflags = &Values{
	Name:    "FsXflags",
	Unknown: "FS_XFLAG_???",
	Vals: []Value{
		{1, "FS_XFLAG_REALTIME"},
		{2, "FS_XFLAG_PREALLOC"},
		{8, "FS_XFLAG_IMMUTABLE"},
		{0x10, "FS_XFLAG_APPEND"},
		{0x20, "FS_XFLAG_SYNC"},
		{0x40, "FS_XFLAG_NOATIME"},
		{0x80, "FS_XFLAG_NODUMP"},
		{0x100, "FS_XFLAG_RTINHERIT"},
		{0x200, "FS_XFLAG_PROJINHERIT"},
		{0x400, "FS_XFLAG_NOSYMLINKS"},
		{0x800, "FS_XFLAG_EXTSIZE"},
		{0x1000, "FS_XFLAG_EXTSZINHERIT"},
		{0x2000, "FS_XFLAG_NODEFRAG"},
		{0x4000, "FS_XFLAG_FILESTREAM"},
		{0x8000, "FS_XFLAG_DAX"},
		{0x10000, "FS_XFLAG_COWEXTSIZE"},
		{0x20000, "FS_XFLAG_VERITY"},
		{0x80000000, "FS_XFLAG_HASATTR"},
	},
}

// StatmountMask are struct mnt_id_req's param and struct statmount's mask
// bits.
var StatmountMask = &Values{
	Name:    "StatmountMask",
	Unknown: "STATMOUNT_???",
	Vals: []Value{
		{1, "STATMOUNT_SB_BASIC"},
		{2, "STATMOUNT_MNT_BASIC"},
		{4, "STATMOUNT_PROPAGATE_FROM"},
		{8, "STATMOUNT_MNT_ROOT"},
		{0x10, "STATMOUNT_MNT_POINT"},
		{0x20, "STATMOUNT_FS_TYPE"},
	},
}

// StatmountSbFlags are struct statmount's sb_flags bits.
var StatmountSbFlags = &Values{
	Name:    "StatmountSbFlags",
	Unknown: "MS_???",
	Vals: []Value{
		{1, "MS_RDONLY"},
		{0x10, "MS_SYNCHRONOUS"},
		{0x80, "MS_DIRSYNC"},
		{0x2000000, "MS_LAZYTIME"},
	},
}

// StatmountMntPropagation are struct statmount's mnt_propagation bits.
var StatmountMntPropagation = &Values{
	Name:    "StatmountMntPropagation",
	Unknown: "MS_???",
	Vals: []Value{
		{0x20000, "MS_UNBINDABLE"},
		{0x40000, "MS_PRIVATE"},
		{0x80000, "MS_SLAVE"},
		{0x100000, "MS_SHARED"},
	},
}

// ListmountMntIDs name struct mnt_id_req's special mnt_id for listmount.
var ListmountMntIDs = &Values{
	Name: "ListmountMntIDs",
	Vals: []Value{
		{0xffffffffffffffff, "LSMT_ROOT"},
	},
}

// ListmountFlags are listmount's flags.
var ListmountFlags = &Values{
	Name:    "ListmountFlags",
	Unknown: "LISTMOUNT_???",
	Vals: []Value{
		{1, "LISTMOUNT_REVERSE"},
	},
}
