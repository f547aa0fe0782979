/* fuzz-plan.c: any bytes as a plan file
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-plan-file.h"

/* A file either fails with an error or loads; what loads saves, and
 * what was saved loads again to the same plan. What reads straight
 * from the text reads the same as a tree. */
int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = nv_plan_load_from_data ((const char *) data, size, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  g_autoptr(NvPlan) from_text = NULL;
  g_autoptr(NvPlan) from_tree = NULL;

  from_text = nv_plan_read_with ((const char *) data, size, NV_PLAN_READ_FROM_TEXT, NULL);
  if (from_text != NULL)
    {
      from_tree = nv_plan_read_with ((const char *) data, size, NV_PLAN_READ_FROM_TREE, NULL);
      g_assert (from_tree != NULL);
      g_assert (nv_record_equal (NV_RECORD (from_text), NV_RECORD (from_tree)));
    }

  if (plan == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  saved = nv_plan_to_bytes (plan);
  reloaded = nv_plan_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), &error);
  g_assert (reloaded != NULL);
  g_assert (nv_record_equal (NV_RECORD (plan), NV_RECORD (reloaded)));
  return 0;
}
