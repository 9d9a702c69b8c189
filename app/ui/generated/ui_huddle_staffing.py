# Generated from forms/huddle_staffing.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QWidget)

from app.ui.widgets.staff_picker import StaffField

class Ui_HuddleStaffing(object):
    def setupUi(self, staffingGroup):
        if not staffingGroup.objectName():
            staffingGroup.setObjectName(u"staffingGroup")
        self.staffingForm = QFormLayout(staffingGroup)
        self.staffingForm.setObjectName(u"staffingForm")
        self.staffingForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nicLabel = QLabel(staffingGroup)
        self.nicLabel.setObjectName(u"nicLabel")

        self.staffingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nicLabel)

        self.nurseInCharge = StaffField(staffingGroup)
        self.nurseInCharge.setObjectName(u"nurseInCharge")

        self.staffingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nurseInCharge)

        self.nextNicLabel = QLabel(staffingGroup)
        self.nextNicLabel.setObjectName(u"nextNicLabel")

        self.staffingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextNicLabel)

        self.nextInCharge = StaffField(staffingGroup)
        self.nextInCharge.setObjectName(u"nextInCharge")

        self.staffingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextInCharge)

        self.rnLabel = QLabel(staffingGroup)
        self.rnLabel.setObjectName(u"rnLabel")

        self.staffingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rnLabel)

        self.rnRow = QHBoxLayout()
        self.rnRow.setObjectName(u"rnRow")
        self.rnPlannedLabel = QLabel(staffingGroup)
        self.rnPlannedLabel.setObjectName(u"rnPlannedLabel")

        self.rnRow.addWidget(self.rnPlannedLabel)

        self.rnPlanned = QSpinBox(staffingGroup)
        self.rnPlanned.setObjectName(u"rnPlanned")
        self.rnPlanned.setMinimum(-1)
        self.rnPlanned.setMaximum(999)
        self.rnPlanned.setValue(-1)

        self.rnRow.addWidget(self.rnPlanned)

        self.rnActualLabel = QLabel(staffingGroup)
        self.rnActualLabel.setObjectName(u"rnActualLabel")

        self.rnRow.addWidget(self.rnActualLabel)

        self.rnActual = QSpinBox(staffingGroup)
        self.rnActual.setObjectName(u"rnActual")
        self.rnActual.setMinimum(-1)
        self.rnActual.setMaximum(999)
        self.rnActual.setValue(-1)

        self.rnRow.addWidget(self.rnActual)

        self.rnRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rnRow.addItem(self.rnRowSpacer)


        self.staffingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.rnRow)

        self.hcaLabel = QLabel(staffingGroup)
        self.hcaLabel.setObjectName(u"hcaLabel")

        self.staffingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hcaLabel)

        self.hcaRow = QHBoxLayout()
        self.hcaRow.setObjectName(u"hcaRow")
        self.hcaPlannedLabel = QLabel(staffingGroup)
        self.hcaPlannedLabel.setObjectName(u"hcaPlannedLabel")

        self.hcaRow.addWidget(self.hcaPlannedLabel)

        self.hcaPlanned = QSpinBox(staffingGroup)
        self.hcaPlanned.setObjectName(u"hcaPlanned")
        self.hcaPlanned.setMinimum(-1)
        self.hcaPlanned.setMaximum(999)
        self.hcaPlanned.setValue(-1)

        self.hcaRow.addWidget(self.hcaPlanned)

        self.hcaActualLabel = QLabel(staffingGroup)
        self.hcaActualLabel.setObjectName(u"hcaActualLabel")

        self.hcaRow.addWidget(self.hcaActualLabel)

        self.hcaActual = QSpinBox(staffingGroup)
        self.hcaActual.setObjectName(u"hcaActual")
        self.hcaActual.setMinimum(-1)
        self.hcaActual.setMaximum(999)
        self.hcaActual.setValue(-1)

        self.hcaRow.addWidget(self.hcaActual)

        self.hcaRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hcaRow.addItem(self.hcaRowSpacer)


        self.staffingForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hcaRow)

        self.concernRow = QHBoxLayout()
        self.concernRow.setObjectName(u"concernRow")
        self.staffingConcern = QCheckBox(staffingGroup)
        self.staffingConcern.setObjectName(u"staffingConcern")

        self.concernRow.addWidget(self.staffingConcern)

        self.staffingConcernDetail = QLineEdit(staffingGroup)
        self.staffingConcernDetail.setObjectName(u"staffingConcernDetail")

        self.concernRow.addWidget(self.staffingConcernDetail)


        self.staffingForm.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.concernRow)

        self.escalatedRow = QHBoxLayout()
        self.escalatedRow.setObjectName(u"escalatedRow")
        self.staffingEscalated = QCheckBox(staffingGroup)
        self.staffingEscalated.setObjectName(u"staffingEscalated")

        self.escalatedRow.addWidget(self.staffingEscalated)

        self.escalatedTo = QLineEdit(staffingGroup)
        self.escalatedTo.setObjectName(u"escalatedTo")

        self.escalatedRow.addWidget(self.escalatedTo)


        self.staffingForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.escalatedRow)

        self.bedsLabel = QLabel(staffingGroup)
        self.bedsLabel.setObjectName(u"bedsLabel")

        self.staffingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bedsLabel)

        self.bedsRow = QHBoxLayout()
        self.bedsRow.setObjectName(u"bedsRow")
        self.bedsOccupied = QSpinBox(staffingGroup)
        self.bedsOccupied.setObjectName(u"bedsOccupied")
        self.bedsOccupied.setMinimum(-1)
        self.bedsOccupied.setMaximum(999)
        self.bedsOccupied.setValue(-1)

        self.bedsRow.addWidget(self.bedsOccupied)

        self.bedsRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bedsRow.addItem(self.bedsRowSpacer)


        self.staffingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.bedsRow)

        self.admissionsLabel = QLabel(staffingGroup)
        self.admissionsLabel.setObjectName(u"admissionsLabel")

        self.staffingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.admissionsLabel)

        self.flowRow = QHBoxLayout()
        self.flowRow.setObjectName(u"flowRow")
        self.expectedAdmissions = QSpinBox(staffingGroup)
        self.expectedAdmissions.setObjectName(u"expectedAdmissions")
        self.expectedAdmissions.setMinimum(-1)
        self.expectedAdmissions.setMaximum(999)
        self.expectedAdmissions.setValue(-1)

        self.flowRow.addWidget(self.expectedAdmissions)

        self.dischargesLabel = QLabel(staffingGroup)
        self.dischargesLabel.setObjectName(u"dischargesLabel")

        self.flowRow.addWidget(self.dischargesLabel)

        self.plannedDischarges = QSpinBox(staffingGroup)
        self.plannedDischarges.setObjectName(u"plannedDischarges")
        self.plannedDischarges.setMinimum(-1)
        self.plannedDischarges.setMaximum(999)
        self.plannedDischarges.setValue(-1)

        self.flowRow.addWidget(self.plannedDischarges)

        self.flowRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flowRow.addItem(self.flowRowSpacer)


        self.staffingForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.flowRow)

#if QT_CONFIG(shortcut)
        self.nicLabel.setBuddy(self.nurseInCharge)
        self.nextNicLabel.setBuddy(self.nextInCharge)
        self.rnLabel.setBuddy(self.rnPlanned)
        self.rnPlannedLabel.setBuddy(self.rnPlanned)
        self.rnActualLabel.setBuddy(self.rnActual)
        self.hcaLabel.setBuddy(self.hcaPlanned)
        self.hcaPlannedLabel.setBuddy(self.hcaPlanned)
        self.hcaActualLabel.setBuddy(self.hcaActual)
        self.bedsLabel.setBuddy(self.bedsOccupied)
        self.admissionsLabel.setBuddy(self.expectedAdmissions)
        self.dischargesLabel.setBuddy(self.plannedDischarges)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nurseInCharge, self.nextInCharge)
        QWidget.setTabOrder(self.nextInCharge, self.rnPlanned)
        QWidget.setTabOrder(self.rnPlanned, self.rnActual)
        QWidget.setTabOrder(self.rnActual, self.hcaPlanned)
        QWidget.setTabOrder(self.hcaPlanned, self.hcaActual)
        QWidget.setTabOrder(self.hcaActual, self.staffingConcern)
        QWidget.setTabOrder(self.staffingConcern, self.staffingConcernDetail)
        QWidget.setTabOrder(self.staffingConcernDetail, self.staffingEscalated)
        QWidget.setTabOrder(self.staffingEscalated, self.escalatedTo)
        QWidget.setTabOrder(self.escalatedTo, self.bedsOccupied)
        QWidget.setTabOrder(self.bedsOccupied, self.expectedAdmissions)
        QWidget.setTabOrder(self.expectedAdmissions, self.plannedDischarges)

        self.retranslateUi(staffingGroup)

        QMetaObject.connectSlotsByName(staffingGroup)
    # setupUi

    def retranslateUi(self, staffingGroup):
        staffingGroup.setTitle(QCoreApplication.translate("HuddleStaffing", u"Staffing and beds", None))
        self.nicLabel.setText(QCoreApplication.translate("HuddleStaffing", u"Nurse in &charge", None))
#if QT_CONFIG(accessibility)
        self.nurseInCharge.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Nurse in charge today", None))
#endif // QT_CONFIG(accessibility)
        self.nextNicLabel.setText(QCoreApplication.translate("HuddleStaffing", u"Ne&xt in charge", None))
#if QT_CONFIG(accessibility)
        self.nextInCharge.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Next nurse in charge", None))
#endif // QT_CONFIG(accessibility)
        self.rnLabel.setText(QCoreApplication.translate("HuddleStaffing", u"Registered nurses", None))
        self.rnPlannedLabel.setText(QCoreApplication.translate("HuddleStaffing", u"planned", None))
#if QT_CONFIG(accessibility)
        self.rnPlanned.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Registered nurses planned", None))
#endif // QT_CONFIG(accessibility)
        self.rnPlanned.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.rnActualLabel.setText(QCoreApplication.translate("HuddleStaffing", u"on shift", None))
#if QT_CONFIG(accessibility)
        self.rnActual.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Registered nurses on shift", None))
#endif // QT_CONFIG(accessibility)
        self.rnActual.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.hcaLabel.setText(QCoreApplication.translate("HuddleStaffing", u"HCAs", None))
        self.hcaPlannedLabel.setText(QCoreApplication.translate("HuddleStaffing", u"planned", None))
#if QT_CONFIG(accessibility)
        self.hcaPlanned.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"HCAs planned", None))
#endif // QT_CONFIG(accessibility)
        self.hcaPlanned.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.hcaActualLabel.setText(QCoreApplication.translate("HuddleStaffing", u"on shift", None))
#if QT_CONFIG(accessibility)
        self.hcaActual.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"HCAs on shift", None))
#endif // QT_CONFIG(accessibility)
        self.hcaActual.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.staffingConcern.setText(QCoreApplication.translate("HuddleStaffing", u"Staffing or skill-mix concern", None))
#if QT_CONFIG(accessibility)
        self.staffingConcernDetail.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Staffing concern detail", None))
#endif // QT_CONFIG(accessibility)
        self.staffingConcernDetail.setPlaceholderText(QCoreApplication.translate("HuddleStaffing", u"what is the concern?", None))
        self.staffingEscalated.setText(QCoreApplication.translate("HuddleStaffing", u"Escalated", None))
#if QT_CONFIG(accessibility)
        self.escalatedTo.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Staffing concern escalated to", None))
#endif // QT_CONFIG(accessibility)
        self.escalatedTo.setPlaceholderText(QCoreApplication.translate("HuddleStaffing", u"to whom?", None))
        self.bedsLabel.setText(QCoreApplication.translate("HuddleStaffing", u"&Beds occupied", None))
#if QT_CONFIG(accessibility)
        self.bedsOccupied.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Beds occupied", None))
#endif // QT_CONFIG(accessibility)
        self.bedsOccupied.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.admissionsLabel.setText(QCoreApplication.translate("HuddleStaffing", u"Ex&pected admissions", None))
#if QT_CONFIG(accessibility)
        self.expectedAdmissions.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Expected admissions", None))
#endif // QT_CONFIG(accessibility)
        self.expectedAdmissions.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
        self.dischargesLabel.setText(QCoreApplication.translate("HuddleStaffing", u"planned discharges", None))
#if QT_CONFIG(accessibility)
        self.plannedDischarges.setAccessibleName(QCoreApplication.translate("HuddleStaffing", u"Planned discharges or transfers", None))
#endif // QT_CONFIG(accessibility)
        self.plannedDischarges.setSpecialValueText(QCoreApplication.translate("HuddleStaffing", u"\u2013", None))
    # retranslateUi

