// writes makes N small writes to /dev/null (argv[1], default 20000).
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
	long n = argc > 1 ? atol(argv[1]) : 20000;
	int fd = open("/dev/null", O_WRONLY);
	for (long k = 0; k < n; k++)
		if (write(fd, "0123456789abcdef", 16) != 16)
			return 1;
	return 0;
}
