import { z } from 'zod';

/** Hours in the daily load profile. */
export const PROFILE_HOURS = 24;

/** A daily load profile: 24 relative weights, one per UTC hour, scaled so that their mean is the average rate. */
export const loadProfileSchema = z
  .strictObject({
    hourly: z
      .array(z.number().min(0).max(1e9))
      .length(PROFILE_HOURS, `expected ${PROFILE_HOURS} weights, one per hour (UTC) from 00:00`)
      .check(
        z.superRefine((weights, ctx) => {
          if (weights.every((w) => w === 0)) ctx.addIssue({ code: 'custom', message: 'at least one hour must carry load', input: weights });
        }),
      )
      .meta({ description: 'relative load in each UTC hour from 00:00 to 23:00; [1, 1, ...] is flat, a 3 is three times a 1' }),
  })
  .meta({
    title: 'Daily load profile',
    description: 'how the load spreads over a day, for auto scaled cost: 24 hourly weights, scaled so that the day averages to `rate`',
  });
