/* nv-test-util.h: helpers shared by the test programs
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-plan.h"

G_BEGIN_DECLS

NvPlan   *nv_test_load_sample (const char *name);
gboolean  nv_test_use_locale  (const char *locale,
                               const char *language);
gboolean  nv_test_use_danish  (void);
gpointer  nv_test_append      (GListModel *list,
                               gpointer    record);

G_END_DECLS
