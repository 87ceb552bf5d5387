// openclose opens and closes /dev/null N times (argv[1], default 10000).
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
	long n = argc > 1 ? atol(argv[1]) : 10000;
	for (long k = 0; k < n; k++) {
		int fd = open("/dev/null", O_RDONLY);
		if (fd < 0)
			return 1;
		close(fd);
	}
	return 0;
}
