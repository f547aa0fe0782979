/* nv-agenda-editor.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-meeting.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_AGENDA_EDITOR (nv_agenda_editor_get_type ())

G_DECLARE_FINAL_TYPE (NvAgendaEditor, nv_agenda_editor, NV, AGENDA_EDITOR, AdwBin)

void nv_agenda_editor_show (NvAgendaEditor *self,
                            NvPlan         *plan,
                            NvMeeting      *meeting);

G_END_DECLS
