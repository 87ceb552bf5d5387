/* hostile_legit_sum: a legitimate solution, to show the judge lets one
 * through: reads two integers from stdin and prints their sum. */
#include <stdio.h>

int main(void)
{
	long long a, b;
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
