/* nv-window.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-plan.h"
#include "nv-recovery.h"

G_BEGIN_DECLS

#define NV_TYPE_WINDOW (nv_window_get_type ())

G_DECLARE_FINAL_TYPE (NvWindow, nv_window, NV, WINDOW, AdwApplicationWindow)

void                  nv_window_load_file       (NvWindow             *self,
                                                 GFile                *file);
void                  nv_window_open_file       (NvWindow             *self,
                                                 GFile                *file);
gboolean              nv_window_is_loading      (NvWindow             *self);
void                  nv_window_drop_files      (NvWindow             *self,
                                                 GSList               *files);
void                  nv_window_new_plan        (NvWindow             *self);
gboolean              nv_window_restore         (NvWindow             *self,
                                                 NvRecoveryEntry      *entry,
                                                 GError              **error);
gboolean              nv_window_is_blank        (NvWindow             *self);
gboolean              nv_window_is_modified     (NvWindow             *self);
NvPlan               *nv_window_get_plan        (NvWindow             *self);
GFile                *nv_window_get_file        (NvWindow             *self);
const char           *nv_window_get_recovery_id (NvWindow             *self);
GtkScrolledWindow    *nv_window_show_page          (NvWindow          *self,
                                                    const char        *what);
gboolean              nv_window_print           (NvWindow             *self,
                                                 const char           *kind,
                                                 const char           *export_path,
                                                 GError              **error);

typedef enum
{
  NV_FILE_PLAN,
  NV_FILE_CALENDAR,
  NV_FILE_PDF,
} NvFileKind;

GtkFileChooserNative *nv_file_chooser_new       (GtkWindow            *parent,
                                                 GtkFileChooserAction  action,
                                                 GSettings            *settings,
                                                 NvFileKind            kind);

G_END_DECLS
