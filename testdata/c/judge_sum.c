/* judge_sum: a contest solution. Reads two integers from standard input
 * and prints their sum; the judge tests expect OK and exactly "a+b\n". */
#include <stdio.h>

int main(void)
{
	long a, b;
	if (scanf("%ld %ld", &a, &b) != 2)
		return 2;
	printf("%ld\n", a + b);
	return 0;
}
