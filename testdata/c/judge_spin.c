/* judge_spin: burns CPU for ever; only a CPU or wall limit ends it. */
int main(void)
{
	volatile unsigned long x = 0;
	for (;;)
		x++;
}
