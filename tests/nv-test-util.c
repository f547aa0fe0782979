/* nv-test-util.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>

#include "nv-plan-file.h"
#include "nv-record-list.h"
#include "nv-test-util.h"

/* One of data/samples/, which must load */
NvPlan *
nv_test_load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  NvPlan *plan = nv_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* Switches messages and dates to @locale and @language ("da"); %FALSE if
 * the machine lacks the locale */
gboolean
nv_test_use_locale (const char *locale,
                    const char *language)
{
  if (setlocale (LC_ALL, locale) == NULL)
    return FALSE;

  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext caches translations per language: make it look again */
  textdomain (textdomain (NULL));
  return TRUE;
}

/* Danish messages and dates; without the locale, the test is skipped */
gboolean
nv_test_use_danish (void)
{
  if (nv_test_use_locale ("da_DK.UTF-8", "da"))
    return TRUE;

  g_test_skip ("The da_DK.UTF-8 locale is not installed (build-aux/dev.sh generates it)");
  return FALSE;
}

/* @record (transfer full), given an id of its own, at the end of @list;
 * returns it, now held by the list */
gpointer
nv_test_append (GListModel *list,
                gpointer    record)
{
  g_free (nv_record_make_id (NV_RECORD (record)));
  nv_record_list_append (NV_RECORD_LIST (list), NV_RECORD (record));
  g_object_unref (record);
  return record;
}
