/* nv-schedule-dialog.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_SCHEDULE_DIALOG (nv_schedule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NvScheduleDialog, nv_schedule_dialog, NV, SCHEDULE_DIALOG, AdwWindow)

NvScheduleDialog *nv_schedule_dialog_new (GtkWindow *parent,
                                          NvPlan    *plan,
                                          NvNetwork *network);

G_END_DECLS
