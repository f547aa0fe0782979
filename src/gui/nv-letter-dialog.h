/* nv-letter-dialog.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_LETTER_DIALOG (nv_letter_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NvLetterDialog, nv_letter_dialog, NV, LETTER_DIALOG, AdwWindow)

NvLetterDialog *nv_letter_dialog_new (NvPlan    *plan,
                                      NvNetwork *network,
                                      NvMeeting *meeting);

G_END_DECLS
