/* nv-plan-dialog.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_PLAN_DIALOG (nv_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NvPlanDialog, nv_plan_dialog, NV, PLAN_DIALOG, AdwPreferencesWindow)

NvPlanDialog *nv_plan_dialog_new (GtkWindow *parent,
                                  NvPlan    *plan);

G_END_DECLS
