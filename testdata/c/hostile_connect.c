/* hostile_connect: tries the network.
 *
 *   hostile_connect DIR tcp PORT   socket + connect to 127.0.0.1:PORT
 *   hostile_connect DIR udp PORT   socket + sendto 127.0.0.1:PORT (UDP,
 *                                  which Landlock does not restrict)
 *
 * Says "ESCAPED" on stdout when connected or sent. Exits 0. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	int udp = strcmp(argv[2], "udp") == 0;
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons(atoi(argv[3]));
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int fd = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0);
	if (fd < 0) {
		perror("socket");
		return 0;
	}
	if (udp) {
		if (sendto(fd, "ESCAPED udp\n", 12, 0, (struct sockaddr *)&sa, sizeof sa) == 12)
			printf("ESCAPED udp sent\n");
	} else if (connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0) {
		write(fd, "ESCAPED tcp\n", 12);
		printf("ESCAPED tcp connected\n");
	}
	close(fd);
	return 0;
}
