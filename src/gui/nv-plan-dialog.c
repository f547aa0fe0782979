/* nv-plan-dialog.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-field-row.h"
#include "nv-plan-dialog.h"

/*
 * The plan's own details: its name, which titles the window and the
 * calendars exported from it, and notes for whoever keeps the plan. Each
 * change is made at once and can be undone, as in every other form.
 */

struct _NvPlanDialog
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *details_group;

  NvPlan               *plan;
  GPtrArray            *rows;
};

G_DEFINE_FINAL_TYPE (NvPlanDialog, nv_plan_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
nv_plan_dialog_dispose (GObject *object)
{
  NvPlanDialog *self = NV_PLAN_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_plan_dialog_parent_class)->dispose (object);
}

static void
nv_plan_dialog_class_init (NvPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_plan_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NvPlanDialog, details_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nv_plan_dialog_init (NvPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * nv_plan_dialog_new:
 *
 * Returns: (transfer none): a dialog that edits @plan's details, over
 * @parent, which keeps it
 */
NvPlanDialog *
nv_plan_dialog_new (GtkWindow *parent,
                    NvPlan    *plan)
{
  static const char * const details[] = { "name", NULL };
  NvPlanDialog *self = g_object_new (NV_TYPE_PLAN_DIALOG,
                                     "transient-for", parent,
                                     "modal", TRUE,
                                     NULL);

  self->plan = g_object_ref (plan);
  nv_form_add_fields (self->rows, self->details_group, plan, NV_RECORD (plan), details);
  nv_form_add_row (self->rows, self->details_group, nv_long_text_row_new (NV_RECORD (plan), "notes"));
  return self;
}
